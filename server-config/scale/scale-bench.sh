#!/usr/bin/env bash
# The scale benchmark: a throw-away PostgreSQL cluster on loopback, the application on it with the
# demo data (its migrations create the schema), ten years of a national programme added by
# generate.sql, then the coordinator's pages timed over real HTTP (dk.peermentor.bench.HttpLoad
# pages). The slowest statements (pg_stat_statements) and the figures go to target/bench/.
# The verify page's per-address limit is lifted, as every request comes from one address.
# Cleans up after itself.
#
#   mvn -B -ntp -DskipTests package dependency:build-classpath \
#       -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
#   server-config/scale/scale-bench.sh            # KEEP=1 leaves it running for EXPLAIN by hand
#
# Needs Debian's postgresql package (initdb, pg_ctl, pg_stat_statements).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
project=$(cd "$here/../.." && pwd)
pg_port=${PG_PORT:-55471}
http_port=${HTTP_PORT:-18171}
timeout_s=${READY_TIMEOUT:-180}
requests=${REQUESTS:-50}
out="$project/target/bench"

[ -f "$project/target/test-classpath.txt" ] || { echo "Build first (see the head of this script)" >&2; exit 2; }
. "$project/server-config/app-instance.sh"
app_require
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$pg_bin/initdb" ] || { echo "No PostgreSQL server: apt-get install -y postgresql" >&2; exit 2; }
mkdir -p "$out"

work=$(mktemp -d /tmp/peermentor-scale.XXXXXX)
as_pg=()
if [ "$(id -u)" = 0 ]; then
    chown postgres "$work"
    as_pg=(runuser -u postgres --)
fi
cleanup() {
    app_stop
    "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
    cp "$work/app.log" "$out/scale-app.log" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
psql_() { "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 "$@"; }

echo "== PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port"
"${as_pg[@]}" "$pg_bin/initdb" -D "$work/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$work/data" -w -t 60 -l "$work/postgres.log" \
    -o "-c listen_addresses=127.0.0.1 -c port=$pg_port -c unix_socket_directories=$work \
        -c shared_preload_libraries=pg_stat_statements -c shared_buffers=256MB" start >/dev/null
psql_ -q -v password="'peermentor-scale'" -f "$project/server-config/postgresql/create-database.sql"
psql_ -q -d peermentor -c "create extension pg_stat_statements"

echo "== Payara Micro on 127.0.0.1:$http_port against PostgreSQL, with the demo data"
PEERMENTOR_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource \
PEERMENTOR_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pg_port/peermentor" \
PEERMENTOR_DATASOURCE_USER=peermentor \
PEERMENTOR_DATASOURCE_PASSWORD=peermentor-scale \
PEERMENTOR_DEMO=true \
PEERMENTOR_VERIFY_LOOKUPS_PER_MINUTE=1000000 \
APP_JAVA_OPTS="-Xmx768m -XX:+UseSerialGC" \
    app_start "$http_port" "$work/app.log"
app_wait_ready "$timeout_s" || exit 1

echo "== Ten years of a national programme (generate.sql)"
gen_started=$(date +%s)
psql_ -d peermentor -q -f "$here/generate.sql" | tee "$out/scale-data.txt"
echo "   generated in $(( $(date +%s) - gen_started ))s; database $(psql_ -d peermentor -tAc "select pg_size_pretty(pg_database_size('peermentor'))")"
psql_ -d peermentor -qc "select pg_stat_statements_reset()" >/dev/null

# The verify page of a real generated certificate, and a cohort of the last year (full matrix).
code=$(psql_ -d peermentor -tAc "select verification_code from certificate where id = 9030000")
cohort=$(psql_ -d peermentor -tAc "select c.id from cohort c join teaching_day d on d.cohort_id = c.id and d.sequence = 6
    where d.day_date < current_date order by d.day_date desc limit 1")
status=0
echo "== Page times over HTTP ($requests requests each after 10 warm-up; cohort $cohort, code $code)"
trainer=$(psql_ -d peermentor -tAc "select p.email from trainer_assignment t join person p on p.id = t.person_id
    where t.cohort_id = $cohort limit 1")
(cd "$project" && java -Dverify.code="$code" -Dcohort.id="$cohort" -Dtrainer.email="$trainer" \
    -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    dk.peermentor.bench.HttpLoad pages "http://127.0.0.1:$http_port/" "$requests") || status=$?

echo "== /metrics answers beside the application at the root: $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$http_port/metrics")"
curl -s "http://127.0.0.1:$http_port/metrics" > "$out/scale-metrics.txt" || true

echo "== Slowest statements by mean time (pg_stat_statements)"
psql_ -d peermentor -c "select calls, round(mean_exec_time::numeric, 2) as mean_ms, rows,
    left(regexp_replace(query, '\s+', ' ', 'g'), 160) as query from pg_stat_statements
    where dbid = (select oid from pg_database where datname = 'peermentor')
    order by mean_exec_time desc limit 12" | tee "$out/scale-statements.txt"

echo "== Plans of the statements behind the slow pages (explain.sql)"
psql_ -d peermentor -f "$here/explain.sql" > "$out/scale-plans.txt" 2>&1 || true
echo "   in $out/scale-plans.txt"

if [ -n "${KEEP:-}" ]; then
    echo "KEEP set: app on :$http_port, psql -h 127.0.0.1 -p $pg_port -U postgres peermentor; Ctrl-C ends"
    wait "$app_pid"
fi
exit $status
