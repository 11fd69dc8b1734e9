#!/usr/bin/env bash
# Round trip of the backup scripts on both databases, comparing EVERY table afterwards:
#  PostgreSQL: the application runs with the demo data; backup-postgresql.sh while it runs; restore
#              into a fresh database; per table the row count and an md5 of all its rows.
#  H2:         the application fills a fresh file with the demo data and stops; backup-h2.sh;
#              restore-h2.sh into a fresh directory; per table the row count, and the SQL scripts of
#              the original and the restored database (schema and every row) must be identical.
# Loopback only, bounded in time, cleans up after itself.
#
#   mvn -DskipTests package && server-config/backup/roundtrip-check.sh
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
project=$(cd "$here/../.." && pwd)
http_port=${HTTP_PORT:-18082}
timeout_s=${READY_TIMEOUT:-240}

. "$project/server-config/app-instance.sh"
app_require
work=$(mktemp -d /tmp/peermentor-backup.XXXXXX)
chmod 755 "$work"  # the cluster inside runs as postgres when this runs as root
PG_CLUSTER_DIR="$work/pg"
PG_PORT=${PG_PORT:-55435}
. "$project/server-config/postgresql/throwaway-cluster.sh"
pg_require
. "$here/h2-tool.sh"
h2_require
cleanup() {
    app_stop
    pg_stop
    h2_cleanup
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }

# Per table of the public schema: name, row count, md5 of its rows in a stable order.
pg_table_digests() {
    local db=$1 tables
    tables=$(pg_psql -d "$db" -tAc "select table_name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")
    [ -n "$tables" ] || fail "no tables in $db"
    for t in $tables; do
        pg_psql -d "$db" -tAc "select '$t', count(*), coalesce(md5(string_agg(r::text, ',' order by r::text)), '-') from public.\"$t\" r"
    done
}

echo "== PostgreSQL: the application with the demo data"
pg_start
PEERMENTOR_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource \
PEERMENTOR_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pg_port/peermentor" \
PEERMENTOR_DATASOURCE_USER=peermentor \
PEERMENTOR_DATASOURCE_PASSWORD="$pg_app_password" \
PEERMENTOR_DEMO=true \
    app_start "$http_port" "$work/app-pg.log"
app_wait_ready "$timeout_s" || exit 1

echo "== backup-postgresql.sh while the application runs"
PGHOST=127.0.0.1 PGPORT=$pg_port PGUSER=peermentor PGPASSWORD=$pg_app_password PGDATABASE=peermentor \
    timeout 120 "$here/backup-postgresql.sh" "$work/peermentor.dump"
app_stop

echo "== restore-postgresql.sh into a fresh database"
pg_psql -c "create database peermentor_restored owner peermentor encoding 'UTF8' template template0"
PGHOST=127.0.0.1 PGPORT=$pg_port PGUSER=peermentor PGPASSWORD=$pg_app_password PGDATABASE=peermentor_restored \
    timeout 120 "$here/restore-postgresql.sh" "$work/peermentor.dump"
pg_table_digests peermentor >"$work/pg-original.txt"
pg_table_digests peermentor_restored >"$work/pg-restored.txt"
diff "$work/pg-original.txt" "$work/pg-restored.txt" || fail "the restored PostgreSQL database differs (above)"
rows=$(awk -F'|' '{s += $2} END {print s}' "$work/pg-original.txt")
echo "   $(wc -l <"$work/pg-original.txt") tables, $rows rows: counts and md5 of every table equal"
awk -F'|' '$2 == 0 {print $1}' "$work/pg-original.txt" | tr '\n' ' ' | sed 's/^./   empty in the demo (compared all the same): &/'; echo
pg_stop

echo "== H2: the application fills a fresh file with the demo data, then stops"
mkdir -p "$work/h2-data"
PEERMENTOR_DATA_DIR="$work/h2-data" PEERMENTOR_DEMO=true app_start "$http_port" "$work/app-h2.log"
app_wait_ready "$timeout_s" || exit 1
echo "   backup-h2.sh refuses while the instance runs:"
if timeout 60 "$here/backup-h2.sh" "$work/h2-data" "$work/refused.sql.gz"; then
    fail "backup-h2.sh ran against a database in use"
fi
app_stop

echo "== backup-h2.sh, restore-h2.sh into a fresh directory"
timeout 120 "$here/backup-h2.sh" "$work/h2-data" "$work/h2.sql.gz"
timeout 120 "$here/restore-h2.sh" "$work/h2.sql.gz" "$work/h2-restored"

# Row counts of every table, in one H2 shell per database, and the whole content as SQL.
h2_counts() {
    local url=$1 tables sql=""
    tables=$(java -cp "$h2_jar" org.h2.tools.Shell -url "$url" -user "$h2_user" -password "$h2_password" \
        -sql "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name" \
        | sed '1d;$d' | tr -d ' ')
    [ -n "$tables" ] || fail "no tables in $url"
    for t in $tables; do sql+="${sql:+ union all }select '$t' as t, count(*) as n from public.\"$t\""; done
    # Without the shell's last line, "(29 rows, 49 ms)": the time differs from run to run.
    java -cp "$h2_jar" org.h2.tools.Shell -url "$url" -user "$h2_user" -password "$h2_password" -sql "$sql order by t" \
        | grep -v ' ms)$'
}
# The user's line differs by design: a restore creates the user anew, with a new salt.
h2_script() {
    java -cp "$h2_jar" org.h2.tools.Script -url "$1" -user "$h2_user" -password "$h2_password" -script "$2.raw"
    grep -v '^CREATE USER ' "$2.raw" >"$2"
}
h2_counts "$(h2_url "$work/h2-data" ";IFEXISTS=TRUE")" >"$work/h2-original-counts.txt"
h2_counts "$(h2_url "$work/h2-restored" ";IFEXISTS=TRUE")" >"$work/h2-restored-counts.txt"
diff "$work/h2-original-counts.txt" "$work/h2-restored-counts.txt" || fail "row counts differ after the H2 restore (above)"
h2_script "$(h2_url "$work/h2-data" ";IFEXISTS=TRUE")" "$work/h2-original.sql"
h2_script "$(h2_url "$work/h2-restored" ";IFEXISTS=TRUE")" "$work/h2-restored.sql"
diff -q "$work/h2-original.sql" "$work/h2-restored.sql" >/dev/null || {
    diff "$work/h2-original.sql" "$work/h2-restored.sql" | head -20 >&2
    fail "the restored H2 database differs"
}
h2_tables=$(( $(grep -c '|' "$work/h2-original-counts.txt") - 1 ))
h2_rows=$(awk -F'|' 'NR > 1 {s += $2} END {print s}' "$work/h2-original-counts.txt")
echo "   $h2_tables tables, $h2_rows rows: counts equal; SQL scripts of both ($(wc -l <"$work/h2-original.sql") lines) identical"
echo "OK: backup and restore reproduce every table on PostgreSQL and H2"
