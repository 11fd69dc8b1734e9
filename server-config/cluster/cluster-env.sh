# Shared settings and helpers of the cluster scripts (sourced, not run). Every port and path can be
# overridden from the environment; all addresses are loopback.
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
project=$(cd "$here/../.." && pwd)

CLUSTER_DIR=${CLUSTER_DIR:-/tmp/peermentor-cluster}
APP_JAR=${APP_JAR:-$project/target/peer-mentor-education-microbundle.jar}
PG_PORT=${PG_PORT:-55442}
NGINX_PORT=${NGINX_PORT:-18180}
# Instance name → HTTP port. The data grid of each instance listens from HZ_PORT upwards.
PORT_A=${PORT_A:-18181}
PORT_B=${PORT_B:-18182}
HZ_PORT=${HZ_PORT:-56900}
CLUSTER_NAME=${CLUSTER_NAME:-peermentor-local}
READY_TIMEOUT=${READY_TIMEOUT:-180}
# The throw-away database's password: a fresh one for each cluster, never a default.
PG_PASSWORD_FILE=$CLUSTER_DIR/pg-password

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
as_pg=()
[ "$(id -u)" = 0 ] && as_pg=(runuser -u postgres --)

port_of() { case "$1" in A) echo "$PORT_A" ;; B) echo "$PORT_B" ;; *) echo "no instance $1" >&2; return 2 ;; esac; }
pid_of() { cat "$CLUSTER_DIR/$1.pid" 2>/dev/null; }
alive() { local pid; pid=$(pid_of "$1") && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }

# wait_until SECONDS DESCRIPTION COMMAND...: polls COMMAND every half second; fails after SECONDS.
wait_until() {
    local limit=$1 what=$2 started
    shift 2
    started=$(date +%s)
    until "$@" >/dev/null 2>&1; do
        if [ $(( $(date +%s) - started )) -ge "$limit" ]; then
            echo "FAILED: $what not within ${limit}s" >&2
            return 1
        fi
        sleep 0.5
    done
}

# Ready: UP with the application's own checks in the answer (Payara's health endpoint says UP with
# no checks at all while the application is not deployed yet).
ready() {
    local answer
    answer=$(curl -fs --max-time 2 "http://127.0.0.1:$(port_of "$1")/health/ready") \
        && grep -q '"name":"database"' <<<"$answer" && echo "$answer"
}

# start_instance A|B: one Payara Micro of the uber-jar, in the data grid with the other.
start_instance() {
    local name=$1 port
    port=$(port_of "$name")
    mkdir -p "$CLUSTER_DIR/$name"
    # The production settings, and on this host HTTP on loopback only: nginx is the way in.
    cat "$project/server-config/payara/post-boot-commands.asadmin" "$here/post-boot-loopback.asadmin" \
        >"$CLUSTER_DIR/$name/post-boot.asadmin"
    # --nohostaware: both members share 127.0.0.1, and Payara's default (host-aware partitioning)
    # keeps no backup on a member of the same address, which would lose the sessions of a killed node.
    # --clustermode tcpip: a fixed member list on loopback instead of multicast (the first member
    # takes HZ_PORT, the second the next port).
    # -DjvmRoute: the instance's name ends each session id it creates (".A"), so nginx keeps a
    # session on the instance that holds it (sticky sessions; nginx.conf says why).
    PEERMENTOR_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource \
    PEERMENTOR_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/peermentor" \
    PEERMENTOR_DATASOURCE_USER=peermentor \
    PEERMENTOR_DATASOURCE_PASSWORD="$(cat "$PG_PASSWORD_FILE")" \
    PEERMENTOR_DATA_DIR="$CLUSTER_DIR/$name/data" \
    PEERMENTOR_DEMO=${PEERMENTOR_DEMO:-true} \
        java ${JAVA_OPTS:--Xmx512m} -DjvmRoute="$name" -jar "$APP_JAR" \
            --name "$name" --port "$port" --rootdir "$CLUSTER_DIR/$name/root" \
            --clustername "$CLUSTER_NAME" --clustermode "tcpip:127.0.0.1:$HZ_PORT,127.0.0.1:$((HZ_PORT + 1))" \
            --startport "$HZ_PORT" --interfaces 127.0.0.1 --hzpublicaddress 127.0.0.1 --nohostaware \
            --postbootcommandfile "$CLUSTER_DIR/$name/post-boot.asadmin" \
            --postdeploycommandfile "$here/post-deploy-open.asadmin" \
            >"$CLUSTER_DIR/$name/server.log" 2>&1 </dev/null &
    echo $! >"$CLUSTER_DIR/$name.pid"
}

# wait_ready A|B: until /health/ready answers UP, or the instance died, or the time is up.
wait_ready() {
    local name=$1 started
    started=$(date +%s)
    until ready "$name" >/dev/null 2>&1; do
        if ! alive "$name" || [ $(( $(date +%s) - started )) -ge "$READY_TIMEOUT" ]; then
            echo "FAILED: instance $name not ready within ${READY_TIMEOUT}s; its log ends:" >&2
            tail -n 40 "$CLUSTER_DIR/$name/server.log" >&2
            return 1
        fi
        sleep 1
    done
    echo "   instance $name ready on :$(port_of "$name") after $(( $(date +%s) - started ))s"
}

# stop_instance A|B [SIGNAL]: TERM by default (a clean leave of the data grid), KILL for a crash.
stop_instance() {
    local name=$1 signal=${2:-TERM} pid
    pid=$(pid_of "$name") || return 0
    [ -n "$pid" ] || return 0
    kill "-$signal" "$pid" 2>/dev/null || true
    wait_until 30 "instance $name to stop" bash -c "! kill -0 $pid" || kill -KILL "$pid" 2>/dev/null || true
    rm -f "$CLUSTER_DIR/$name.pid"
}

pg_start() {
    "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$CLUSTER_DIR/pg/data" -w -t 60 -l "$CLUSTER_DIR/pg/postgres.log" \
        -o "-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c unix_socket_directories=$CLUSTER_DIR/pg" start >/dev/null
}
pg_stop() { "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$CLUSTER_DIR/pg/data" -m "${1:-fast}" -t 30 -w stop >/dev/null; }

psql_pg() { "$pg_bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 "$@"; }
