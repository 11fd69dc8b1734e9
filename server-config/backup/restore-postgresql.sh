#!/usr/bin/env bash
# Restores a backup of backup-postgresql.sh into an EMPTY database, all or nothing (one transaction).
# Stop the application first; create the empty database as the superuser, e.g.
#   create database peermentor owner peermentor encoding 'UTF8' template template0;
# then, as the application's user (objects end up owned by whoever restores):
#
#   PGDATABASE=peermentor server-config/backup/restore-postgresql.sh FILE
#
# Connection from libpq's environment, as for backup-postgresql.sh.
set -euo pipefail

file=${1:?usage: $0 BACKUP-FILE (target database from PGDATABASE)}
export PGDATABASE=${PGDATABASE:?set PGDATABASE to the empty target database}
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
psql=${pg_bin:+$pg_bin/}psql
restore=${pg_bin:+$pg_bin/}pg_restore

tables=$("$psql" -X --no-password -tAc "select count(*) from information_schema.tables where table_schema = 'public'")
if [ "$tables" != 0 ]; then
    echo "$PGDATABASE is not empty ($tables tables): restore into a new, empty database" >&2
    exit 1
fi
"$restore" --no-password --dbname="$PGDATABASE" --single-transaction --exit-on-error --no-owner --no-privileges "$file"
echo "restored $file into $PGDATABASE"
