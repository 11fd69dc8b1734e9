#!/usr/bin/env bash
# Backs up the embedded H2 database to a gzipped SQL script (H2's SCRIPT tool).
# The instance must be STOPPED: the running application holds the database file open and locked, so
# no other process can open it for an online BACKUP/SCRIPT, and a copy of the file taken while it is
# written can be torn. A script (rather than a file copy) is also readable, checkable with diff and
# restorable into a fresh file by restore-h2.sh. A stop, backup and start takes well under a minute.
#
#   systemctl stop peermentor && server-config/backup/backup-h2.sh /srv/peermentor/data [FILE] && systemctl start peermentor
set -euo pipefail

data=${1:?usage: $0 DATA-DIR [FILE]   (DATA-DIR is peermentor.data.dir, holding peermentor.mv.db)}
file=${2:-peermentor-h2-$(date -u +%Y%m%dT%H%M%SZ).sql.gz}
[ -f "$data/peermentor.mv.db" ] || { echo "No H2 database in $data" >&2; exit 2; }
. "$(dirname "$0")/h2-tool.sh"
h2_require
trap h2_cleanup EXIT

if ! java -cp "$h2_jar" org.h2.tools.Script -url "$(h2_url "$data" ";IFEXISTS=TRUE;FILE_LOCK=FS")" \
        -user "$h2_user" -password "$h2_password" -script "$file.partial" -options compression '"GZIP"' 2>"$file.err"; then
    if grep -qi "already in use\|locked" "$file.err"; then
        echo "The database in $data is in use: stop the instance first" >&2
    else
        cat "$file.err" >&2
    fi
    rm -f "$file.err" "$file.partial"
    exit 1
fi
rm -f "$file.err"
mv "$file.partial" "$file"
echo "backed up $data to $file ($(du -h "$file" | cut -f1))"
