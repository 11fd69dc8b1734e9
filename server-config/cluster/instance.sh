#!/usr/bin/env bash
# One instance of the running local cluster: start|stop|kill A|B. "kill" is SIGKILL, a crash: the
# instance leaves the data grid without a word and nginx finds out at its next request.
# A rolling restart is "instance.sh stop A; instance.sh start A", then the same for B.
set -euo pipefail
source "$(dirname "$0")/cluster-env.sh"

action=${1:-}
name=${2:-}
port_of "$name" >/dev/null
[ -d "$CLUSTER_DIR" ] || { echo "no cluster in $CLUSTER_DIR: start.sh first" >&2; exit 2; }
case "$action" in
    start)
        alive "$name" && { echo "instance $name runs already (pid $(pid_of "$name"))" >&2; exit 2; }
        start_instance "$name"
        wait_ready "$name"
        other=$([ "$name" = A ] && echo B || echo A)
        if alive "$other"; then
            # Back in the data grid: from now on its sessions have a backup on the other instance.
            wait_until 60 "instance $name to join $other's data grid" grep -q "DG Size: 2" "$CLUSTER_DIR/$name/server.log"
            echo "   instance $name joined the data grid"
        fi
        ;;
    stop) stop_instance "$name" TERM ;;
    kill) stop_instance "$name" KILL ;;
    *) echo "usage: $0 start|stop|kill A|B" >&2; exit 2 ;;
esac
