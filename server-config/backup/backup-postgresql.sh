#!/usr/bin/env bash
# Backs up the PostgreSQL database while the application runs: pg_dump takes one consistent snapshot
# without stopping anyone, in its custom format (compressed; pg_restore can restore all or part).
#
#   server-config/backup/backup-postgresql.sh [FILE]      # default peermentor-<UTC time>.dump
#
# The connection comes from libpq's environment: PGHOST, PGPORT, PGUSER, PGDATABASE (default
# peermentor), PGPASSWORD or ~/.pgpass. Restore with restore-postgresql.sh.
set -euo pipefail

file=${1:-peermentor-$(date -u +%Y%m%dT%H%M%SZ).dump}
export PGDATABASE=${PGDATABASE:-peermentor}
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
dump=${pg_bin:+$pg_bin/}pg_dump

# Into a temporary name first, so a failed or interrupted dump never looks like a finished backup.
"$dump" --format=custom --compress=6 --file="$file.partial" --no-password
mv "$file.partial" "$file"
echo "backed up $PGDATABASE to $file ($(du -h "$file" | cut -f1))"
