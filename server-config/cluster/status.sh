#!/usr/bin/env bash
# What of the local cluster runs: PostgreSQL, each instance (readiness, data-grid members), nginx.
# Exits 0 only when everything is up.
set -uo pipefail
source "$(dirname "$0")/cluster-env.sh"

[ -e "$CLUSTER_DIR" ] || { echo "no cluster in $CLUSTER_DIR"; exit 3; }
all=0
if "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$CLUSTER_DIR/pg/data" status >/dev/null 2>&1; then
    echo "postgresql  up    127.0.0.1:$PG_PORT"
else
    echo "postgresql  DOWN"; all=1
fi
for name in A B; do
    if alive "$name" && answer=$(ready "$name"); then
        members=$(grep -o "DG Size: [0-9]*" "$CLUSTER_DIR/$name/server.log" | tail -n 1 | grep -o "[0-9]*$")
        echo "instance $name  up    127.0.0.1:$(port_of "$name") pid $(pid_of "$name"), data grid members seen last: ${members:-?}, $answer"
    elif alive "$name"; then
        echo "instance $name  NOT READY (pid $(pid_of "$name"))"; all=1
    else
        echo "instance $name  DOWN"; all=1
    fi
done
if curl -fs --max-time 2 -o /dev/null "http://127.0.0.1:$NGINX_PORT/health/ready"; then
    echo "nginx       up    127.0.0.1:$NGINX_PORT"
else
    echo "nginx       DOWN"; all=1
fi
exit $all
