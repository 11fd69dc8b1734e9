#!/usr/bin/env bash
# Stops whatever start.sh started (nginx, both instances, PostgreSQL) and removes $CLUSTER_DIR.
# Safe to run twice, or after a half-failed start. KEEP_LOGS=1 keeps the logs in $CLUSTER_DIR-logs.
set -uo pipefail
source "$(dirname "$0")/cluster-env.sh"

[ -e "$CLUSTER_DIR" ] || { echo "no cluster in $CLUSTER_DIR"; exit 0; }
if [ -f "$CLUSTER_DIR/nginx/nginx.pid" ]; then
    nginx -p "$CLUSTER_DIR/nginx" -c "$CLUSTER_DIR/nginx/nginx.conf" -e "$CLUSTER_DIR/nginx/error.log" -s stop 2>/dev/null
    wait_until 10 "nginx to stop" bash -c "[ ! -f '$CLUSTER_DIR/nginx/nginx.pid' ]" || true
fi
for name in B A; do
    stop_instance "$name"
done
if [ -f "$CLUSTER_DIR/pg/data/postmaster.pid" ]; then
    "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$CLUSTER_DIR/pg/data" -m fast -t 30 -w stop >/dev/null 2>&1 \
        || "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$CLUSTER_DIR/pg/data" -m immediate stop >/dev/null 2>&1 || true
fi
if [ "${KEEP_LOGS:-0}" = 1 ]; then
    rm -rf "$CLUSTER_DIR-logs"
    mkdir -p "$CLUSTER_DIR-logs"
    for log in A/server.log B/server.log nginx/error.log nginx/access.log pg/postgres.log; do
        [ -f "$CLUSTER_DIR/$log" ] && cp "$CLUSTER_DIR/$log" "$CLUSTER_DIR-logs/${log//\//-}"
    done
    echo "logs kept in $CLUSTER_DIR-logs"
fi
rm -rf "$CLUSTER_DIR"
echo "cluster stopped"
