#!/usr/bin/env bash
# Shows that the application recovers by itself when PostgreSQL restarts, with no restart of its own:
#  1. PostgreSQL restarts (pg_ctl restart -m fast) between two requests: the pool's validation drops
#     the dead connections, so the very next page is served, not an error.
#  2. PostgreSQL is down for a while: pages answer within 3 s (measured: under 0.2 s) with the
#     error page (no stack trace, no driver message), /health/ready says DOWN; once it is back, pages work again within seconds.
# Bounded in time, loopback only, cleans up after itself.
#
#   mvn -DskipTests package && server-config/postgresql/database-restart-check.sh
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
project=$(cd "$here/../.." && pwd)
http_port=${HTTP_PORT:-18081}
timeout_s=${READY_TIMEOUT:-240}
base="http://127.0.0.1:$http_port"

. "$project/server-config/app-instance.sh"
app_require
work=$(mktemp -d /tmp/peermentor-pgrestart.XXXXXX)
chmod 755 "$work"  # the cluster inside runs as postgres when this runs as root
PG_CLUSTER_DIR="$work/pg"
PG_PORT=${PG_PORT:-55434}
. "$here/throwaway-cluster.sh"
pg_require
cleanup() {
    app_stop
    pg_stop
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAILED: $*" >&2; tail -n 30 "$work/app.log" >&2; exit 1; }

# One page that reads the database: the home page lists the demo programme. Prints "status seconds".
home_page() {
    curl -s -o "$work/page.html" -w '%{http_code} %{time_total}' --max-time 30 -H 'Accept-Language: en' "$base/" || echo "000 30"
}
assert_served() {
    read -r status secs <<<"$(home_page)"
    [ "$status" = 200 ] && grep -q Fjordby "$work/page.html" || fail "$1: the home page answered $status"
    echo "   $1: 200 in ${secs}s"
}

pg_start
echo "== Payara Micro on :$http_port against PostgreSQL (demo data)"
PEERMENTOR_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource \
PEERMENTOR_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pg_port/peermentor" \
PEERMENTOR_DATASOURCE_USER=peermentor \
PEERMENTOR_DATASOURCE_PASSWORD="$pg_app_password" \
PEERMENTOR_DEMO=true \
    app_start "$http_port" "$work/app.log"
app_wait_ready "$timeout_s" || exit 1
# Several requests, so the pool holds several connections that the restart will break.
for i in 1 2 3 4 5; do assert_served "before the restart, request $i"; done

echo "== pg_ctl restart -m fast"
pg_restart
assert_served "first request after the restart"
assert_served "second request after the restart"

echo "== PostgreSQL stopped"
pg_down
for i in 1 2 3; do
    read -r status secs <<<"$(home_page)"
    [ "$status" = 500 ] || [ "$status" = 503 ] || fail "during the outage the home page answered $status"
    grep -q "Something went wrong" "$work/page.html" || fail "during the outage: not the error page"
    if grep -Eqi 'exception|org\.postgresql|at dk\.peermentor|jdbc|connection refused' "$work/page.html"; then
        fail "during the outage the page shows technical details: $(head -c 600 "$work/page.html")"
    fi
    # A person waiting for an error page gives up long before a timeout: it must come quickly.
    awk -v s="$secs" 'BEGIN { exit !(s < 3) }' || fail "during the outage the error page took ${secs}s"
    echo "   during the outage, request $i: $status with the error page in ${secs}s"
done
ready=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$base/health/ready" || true)
[ "$ready" = 503 ] || fail "/health/ready answered $ready during the outage, not 503"
echo "   /health/ready: 503"

echo "== PostgreSQL started again"
pg_up
back=$(date +%s)
until [ "$(home_page | cut -d' ' -f1)" = 200 ]; do
    [ $(( $(date +%s) - back )) -lt 30 ] || fail "the application did not recover within 30s"
    sleep 1
done
echo "   recovered $(( $(date +%s) - back ))s after the database came back"
for i in 1 2 3; do assert_served "after the outage, request $i"; done
curl -fs --max-time 10 "$base/health/ready" >/dev/null || fail "/health/ready not UP after the outage"
echo "OK: the application recovered from a database restart and an outage without a restart of its own"
