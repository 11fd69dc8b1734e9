#!/usr/bin/env bash
# The running local cluster's PostgreSQL: stop|start|restart. "stop" is a fast shutdown (open
# connections are cut), as in a database restart or failover; the instances must ride it out.
set -euo pipefail
source "$(dirname "$0")/cluster-env.sh"

[ -d "$CLUSTER_DIR/pg/data" ] || { echo "no cluster in $CLUSTER_DIR: start.sh first" >&2; exit 2; }
case "${1:-}" in
    stop) pg_stop fast; echo "   PostgreSQL stopped" ;;
    start) pg_start; echo "   PostgreSQL started" ;;
    restart) pg_stop fast; pg_start; echo "   PostgreSQL restarted" ;;
    *) echo "usage: $0 stop|start|restart" >&2; exit 2 ;;
esac
