#!/usr/bin/env bash
# Starts the application against a throw-away PostgreSQL cluster on loopback and checks that the same
# Flyway migrations that run on H2 bring it up: /health/ready must answer UP. Cleans up after itself.
#
#   mvn -DskipTests package && server-config/postgresql/try-on-local-postgresql.sh
#
# Needs Debian's postgresql package (initdb, pg_ctl). As root, the cluster runs as the 'postgres' user.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
project=$(cd "$here/../.." && pwd)
micro="$project/target/payara-micro.jar"
war="$project/target/peer-mentor-education.war"
pg_port=${PG_PORT:-55432}
http_port=${HTTP_PORT:-18080}
timeout_s=${READY_TIMEOUT:-120}

[ -f "$micro" ] && [ -f "$war" ] || { echo "Build first: mvn -DskipTests package" >&2; exit 2; }
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$pg_bin/initdb" ] || { echo "No PostgreSQL server: apt-get install -y postgresql" >&2; exit 2; }

work=$(mktemp -d /tmp/peermentor-pg.XXXXXX)
as_pg=()
if [ "$(id -u)" = 0 ]; then
    chown postgres "$work"
    as_pg=(runuser -u postgres --)
fi
app_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
    "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

echo "== PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port"
"${as_pg[@]}" "$pg_bin/initdb" -D "$work/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$work/data" -w -l "$work/postgres.log" \
    -o "-c listen_addresses=127.0.0.1 -c port=$pg_port -c unix_socket_directories=$work" start >/dev/null
"$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -q -v ON_ERROR_STOP=1 \
    -v password="'peermentor-check'" -f "$here/create-database.sql"

echo "== Payara Micro on :$http_port against PostgreSQL"
PEERMENTOR_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource \
PEERMENTOR_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pg_port/peermentor" \
PEERMENTOR_DATASOURCE_USER=peermentor \
PEERMENTOR_DATASOURCE_PASSWORD=peermentor-check \
PEERMENTOR_DEMO=true \
    java -jar "$micro" --deploy "$war" --contextroot / --port "$http_port" --nocluster >"$work/app.log" 2>&1 &
app_pid=$!

started=$(date +%s)
until curl -fs "http://127.0.0.1:$http_port/health/ready" >"$work/ready.json" 2>/dev/null; do
    if ! kill -0 "$app_pid" 2>/dev/null || [ $(( $(date +%s) - started )) -ge "$timeout_s" ]; then
        echo "FAILED: not ready within ${timeout_s}s; last lines of the log:" >&2
        tail -n 40 "$work/app.log" >&2
        exit 1
    fi
    sleep 1
done
echo "   ready after $(( $(date +%s) - started ))s: $(cat "$work/ready.json")"

tables=$("$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d peermentor -tAc \
    "select string_agg(table_name, ',' order by table_name) from information_schema.tables where table_schema = 'public'")
migrations=$("$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d peermentor -tAc \
    "select count(*) from flyway_schema_history where success")
marks=$("$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d peermentor -tAc "select count(*) from attendance")
echo "   tables: $tables"
echo "   migrations applied: $migrations; demo attendance rows: $marks"
home=$(curl -fs -H 'Accept-Language: da' "http://127.0.0.1:$http_port/")
grep -q "Fjordby" <<<"$home" || { echo "FAILED: the home page does not show the demo programme" >&2; exit 1; }
[ "$marks" -gt 0 ] || { echo "FAILED: no attendance stored" >&2; exit 1; }
echo "OK: the application runs on PostgreSQL with the same migrations"
