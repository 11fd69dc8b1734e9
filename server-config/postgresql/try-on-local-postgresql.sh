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
http_port=${HTTP_PORT:-18080}
timeout_s=${READY_TIMEOUT:-120}

. "$project/server-config/app-instance.sh"
app_require
work=$(mktemp -d /tmp/peermentor-pg.XXXXXX)
chmod 755 "$work"  # the cluster inside runs as postgres when this runs as root
PG_CLUSTER_DIR="$work/pg"
. "$here/throwaway-cluster.sh"
pg_require
cleanup() {
    app_stop
    pg_stop
    rm -rf "$work"
}
trap cleanup EXIT

echo "== PostgreSQL"
pg_start

echo "== Payara Micro on :$http_port against PostgreSQL"
PEERMENTOR_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource \
PEERMENTOR_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pg_port/peermentor" \
PEERMENTOR_DATASOURCE_USER=peermentor \
PEERMENTOR_DATASOURCE_PASSWORD="$pg_app_password" \
PEERMENTOR_DEMO=true \
    app_start "$http_port" "$work/app.log"

app_wait_ready "$timeout_s" || exit 1
curl -fs "http://127.0.0.1:$http_port/health/ready"; echo

tables=$(pg_psql -d peermentor -tAc \
    "select string_agg(table_name, ',' order by table_name) from information_schema.tables where table_schema = 'public'")
migrations=$(pg_psql -d peermentor -tAc \
    "select count(*) from flyway_schema_history where success")
marks=$(pg_psql -d peermentor -tAc "select count(*) from attendance")
echo "   tables: $tables"
echo "   migrations applied: $migrations; demo attendance rows: $marks"
home=$(curl -fs -H 'Accept-Language: da' "http://127.0.0.1:$http_port/")
grep -q "Fjordby" <<<"$home" || { echo "FAILED: the home page does not show the demo programme" >&2; exit 1; }
[ "$marks" -gt 0 ] || { echo "FAILED: no attendance stored" >&2; exit 1; }
echo "OK: the application runs on PostgreSQL with the same migrations"
