#!/usr/bin/env bash
# The load test: a teaching day's mix for 60 s (ten trainers taking the roll call with real PrimeFaces
# partial requests, ten trainees logging in and reading their unit, two coordinators downloading
# certificates), then every acknowledged mark looked up in the database. Figures per request type in
# target/bench/load.md. dk.peermentor.bench.HttpLoad does the work; see docs/performance.md ("Load").
#
#   mvn -B -ntp -DskipTests package dependency:build-classpath \
#       -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
#   server-config/scale/load-test.sh                 # starts one instance with the embedded H2 itself
#   server-config/scale/load-test.sh URL JDBC_URL DB_USER DB_PASSWORD
#                                                    # against a running deployment (e.g. the cluster
#                                                    # behind nginx and its PostgreSQL), demo data loaded
#
# SECONDS_TO_RUN (60) sets the measured length, WARM_UP_SECONDS (20) the unmeasured start. Loopback only; cleans up what it started.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
project=$(cd "$here/../.." && pwd)
http_port=${HTTP_PORT:-18172}
timeout_s=${READY_TIMEOUT:-180}
seconds=${SECONDS_TO_RUN:-60}
warm_up=${WARM_UP_SECONDS:-20}

[ -f "$project/target/test-classpath.txt" ] || { echo "Build first (see the head of this script)" >&2; exit 2; }

. "$project/server-config/app-instance.sh"
work=$(mktemp -d /tmp/peermentor-load.XXXXXX)
cleanup() {
    app_stop
    mkdir -p "$project/target/bench" && cp "$work/app.log" "$project/target/bench/load-app.log" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

if [ $# -ge 4 ]; then
    base=$1 jdbc=$2 db_user=$3 db_password=$4
else
    app_require
    # The embedded H2 as the application uses it, opened with AUTO_SERVER so that the harness can add
    # today's cohorts and check the marks while the application holds the file.
    jdbc="jdbc:h2:file:$work/data/peermentor;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE"
    db_user=peermentor db_password=peermentor
    base="http://127.0.0.1:$http_port/"
    echo "== Payara Micro on 127.0.0.1:$http_port with the embedded H2 and the demo data"
    PEERMENTOR_DATASOURCE_URL="$jdbc" PEERMENTOR_DEMO=true APP_JAVA_OPTS="-Xmx768m -XX:+UseSerialGC" \
        app_start "$http_port" "$work/app.log"
    app_wait_ready "$timeout_s" || exit 1
fi

echo "== A teaching day's mix against $base for ${seconds}s after ${warm_up}s of warm-up (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
cd "$project"
status=0
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    dk.peermentor.bench.HttpLoad load "$base" "$jdbc" "$db_user" "$db_password" "$seconds" "$warm_up" || status=$?
# The application's metrics after the run (marks by outcome, certificate times): docs/monitoring.md.
curl -s --max-time 10 "${base}metrics?scope=application" >target/bench/load-metrics.txt || true
grep -E '^[a-z_]*peermentor_[a-z_]*(total|count)\{' target/bench/load-metrics.txt || true
exit $status
