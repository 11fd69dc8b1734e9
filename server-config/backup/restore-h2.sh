#!/usr/bin/env bash
# Restores a backup of backup-h2.sh into a NEW data directory (it refuses to touch an existing
# database). Point peermentor.data.dir at the new directory, or swap the directories, and start.
#
#   server-config/backup/restore-h2.sh FILE NEW-DATA-DIR
set -euo pipefail

file=${1:?usage: $0 BACKUP-FILE NEW-DATA-DIR}
data=${2:?usage: $0 BACKUP-FILE NEW-DATA-DIR}
[ -e "$data/peermentor.mv.db" ] && { echo "$data already holds a database: restore into a new directory" >&2; exit 1; }
. "$(dirname "$0")/h2-tool.sh"
h2_require
trap h2_cleanup EXIT
mkdir -p "$data"
java -cp "$h2_jar" org.h2.tools.RunScript -url "$(h2_url "$data" "")" \
    -user "$h2_user" -password "$h2_password" -script "$file" -options compression '"GZIP"'
echo "restored $file into $data"
