# Sourced by the check scripts: starts the built war on Payara Micro on loopback, waits until it is
# ready (bounded), stops it. The caller sets the datasource through PEERMENTOR_* in the environment.
#
#   . server-config/app-instance.sh
#   app_start 18080 /tmp/x/app.log && app_wait_ready 120 && ... && app_stop

app_project=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
app_micro="$app_project/target/payara-micro.jar"
app_war="$app_project/target/peer-mentor-education.war"
app_pid=""
app_port=""
app_log=""

app_require() {
    [ -f "$app_micro" ] && [ -f "$app_war" ] || { echo "Build first: mvn -DskipTests package" >&2; exit 2; }
}

# app_start PORT LOG: Payara Micro with the war at / on PORT, no clustering, output to LOG.
# APP_JAVA_OPTS adds JVM options (the benchmarks: the heap and collector their figures were taken with).
app_start() {
    app_require
    app_port=$1
    app_log=$2
    # shellcheck disable=SC2086 # the options are words on purpose
    java ${APP_JAVA_OPTS:-} -jar "$app_micro" --deploy "$app_war" --contextroot / --port "$app_port" --nocluster >"$app_log" 2>&1 &
    app_pid=$!
}

# app_wait_ready SECONDS: until /health/ready answers UP; fails with the log's tail otherwise.
app_wait_ready() {
    local started
    started=$(date +%s)
    until curl -fs --max-time 5 "http://127.0.0.1:$app_port/health/ready" >/dev/null 2>&1; do
        if ! kill -0 "$app_pid" 2>/dev/null || [ $(( $(date +%s) - started )) -ge "$1" ]; then
            echo "FAILED: Payara Micro not ready within $1s; last lines of $app_log:" >&2
            tail -n 40 "$app_log" >&2
            return 1
        fi
        sleep 1
    done
    echo "   ready after $(( $(date +%s) - started ))s"
}

# Stops the instance (SIGTERM, then SIGKILL after 30 s) and waits until it is gone.
app_stop() {
    [ -n "$app_pid" ] || return 0
    kill "$app_pid" 2>/dev/null || true
    local waited=0
    while kill -0 "$app_pid" 2>/dev/null && [ $waited -lt 30 ]; do sleep 1; waited=$((waited + 1)); done
    kill -9 "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
}
