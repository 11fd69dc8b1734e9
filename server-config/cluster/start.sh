#!/usr/bin/env bash
# Starts the local two-instance cluster: a throw-away PostgreSQL on 127.0.0.1:$PG_PORT, Payara Micro
# instances A (:$PORT_A) and B (:$PORT_B) of the uber-jar in one Hazelcast data grid, and nginx on
# 127.0.0.1:$NGINX_PORT in front of both. Everything lives under $CLUSTER_DIR; stop.sh removes it.
#
#   mvn -DskipTests package && server-config/cluster/start.sh && server-config/cluster/status.sh
#
# Needs Debian's postgresql and nginx-light (or nginx). On any failure it cleans up what it started.
set -euo pipefail
source "$(dirname "$0")/cluster-env.sh"

[ -f "$APP_JAR" ] || { echo "Build first: mvn -DskipTests package ($APP_JAR)" >&2; exit 2; }
[ -x "$pg_bin/initdb" ] || { echo "No PostgreSQL server: apt-get install -y postgresql" >&2; exit 2; }
command -v nginx >/dev/null || { echo "No nginx: apt-get install -y nginx-light" >&2; exit 2; }
if [ -e "$CLUSTER_DIR" ]; then
    echo "$CLUSTER_DIR exists: a cluster is running or was not cleaned up; run $here/stop.sh first" >&2
    exit 2
fi

started_ok=false
on_exit() { $started_ok || { echo "== start failed, cleaning up" >&2; "$here/stop.sh" >&2 || true; }; }
trap on_exit EXIT

mkdir -p "$CLUSTER_DIR"
umask 077
head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$PG_PASSWORD_FILE"
umask 022

echo "== PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
mkdir -p "$CLUSTER_DIR/pg"
[ ${#as_pg[@]} -gt 0 ] && chown postgres "$CLUSTER_DIR/pg"
"${as_pg[@]}" "$pg_bin/initdb" -D "$CLUSTER_DIR/pg/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
pg_start
psql_pg -q -v password="'$(cat "$PG_PASSWORD_FILE")'" -f "$project/server-config/postgresql/create-database.sql"

# One after the other: the first runs Flyway (and the demo data) on the empty database, the second
# then finds it migrated and joins the first one's data grid.
for name in A B; do
    echo "== Payara Micro instance $name on 127.0.0.1:$(port_of "$name")"
    start_instance "$name"
    wait_ready "$name"
done
members() { grep -q "DG Size: 2" "$CLUSTER_DIR/B/server.log"; }
wait_until 60 "the data grid to have both members" members \
    || { tail -n 30 "$CLUSTER_DIR/B/server.log" >&2; exit 1; }
echo "   data grid '$CLUSTER_NAME': 2 members"

echo "== nginx on 127.0.0.1:$NGINX_PORT in front of both"
mkdir -p "$CLUSTER_DIR/nginx"
sed -e "s|@NGINX_PORT@|$NGINX_PORT|g" -e "s|@PORT_A@|$PORT_A|g" -e "s|@PORT_B@|$PORT_B|g" \
    -e "s|@DIR@|$CLUSTER_DIR/nginx|g" \
    -e "$([ "${CLUSTER_TEST:-0}" = 1 ] && echo 's|# @TEST_HEADERS@.*|add_header X-Upstream $upstream_addr always;|' || echo 's|# @TEST_HEADERS@.*||')" \
    "$here/nginx.conf" >"$CLUSTER_DIR/nginx/nginx.conf"
nginx -p "$CLUSTER_DIR/nginx" -c "$CLUSTER_DIR/nginx/nginx.conf" -e "$CLUSTER_DIR/nginx/error.log"
wait_until 30 "nginx to answer" curl -fs --max-time 2 "http://127.0.0.1:$NGINX_PORT/health/ready"

started_ok=true
echo "OK: cluster up at http://127.0.0.1:$NGINX_PORT/ (state in $CLUSTER_DIR; stop with $here/stop.sh)"
