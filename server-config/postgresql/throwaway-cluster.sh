#!/usr/bin/env bash
# A throw-away PostgreSQL cluster on loopback for tests and checks: initdb in a folder of its own,
# pg_ctl on 127.0.0.1 only, trust authentication (nothing but this machine can reach it), and the
# application's role and database from create-database.sql. As root, the cluster runs as 'postgres'.
#
#   server-config/postgresql/throwaway-cluster.sh start     # prints the connection settings
#   server-config/postgresql/throwaway-cluster.sh restart   # pg_ctl restart -m fast (fault tests)
#   server-config/postgresql/throwaway-cluster.sh stop      # stops it and removes the folder
#
# PG_CLUSTER_DIR (default /tmp/peermentor-pg-cluster) and PG_PORT (default 55432) choose where.
# Sourced (`. throwaway-cluster.sh`) it only defines the variables and functions, for other scripts.
set -euo pipefail

pg_port=${PG_PORT:-55432}
pg_dir=${PG_CLUSTER_DIR:-/tmp/peermentor-pg-cluster}
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
pg_timeout=${PG_TIMEOUT:-60}
# The application role's password: trust authentication ignores it, but the datasource wants one.
pg_app_password=${PG_APP_PASSWORD:-throwaway-cluster}
as_pg=()
[ "$(id -u)" = 0 ] && as_pg=(runuser -u postgres --)

pg_require() {
    [ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ] || { echo "No PostgreSQL server: apt-get install -y postgresql" >&2; exit 2; }
}

# psql as the superuser over TCP on loopback; extra arguments go to psql.
pg_psql() {
    "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -q -v ON_ERROR_STOP=1 "$@"
}

pg_ctl_() {
    "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -t "$pg_timeout" "$@"
}

pg_start() {
    pg_require
    if [ -f "$pg_dir/data/postmaster.pid" ]; then
        echo "A cluster already runs in $pg_dir; stop it first" >&2
        exit 1
    fi
    mkdir -p "$pg_dir"
    [ ${#as_pg[@]} -gt 0 ] && chown postgres "$pg_dir"
    "${as_pg[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    # In the configuration file rather than on the command line, so a later plain start keeps them.
    # fsync off: a throw-away cluster loses nothing worth keeping in a crash, and tests run faster.
    cat >>"$pg_dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $pg_port
unix_socket_directories = '$pg_dir'
fsync = off
max_connections = 200
CONF
    pg_up
    pg_psql -v password="'$pg_app_password'" -f "$(dirname "${BASH_SOURCE[0]}")/create-database.sql"
    # Integration tests create a database per test class (it_<name>) owned by the application's role.
    pg_psql -c "alter role peermentor createdb"
    echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port (data in $pg_dir)"
}

# Starts the initialised cluster (again) and waits until it accepts connections.
pg_up() {
    pg_ctl_ -w -l "$pg_dir/postgres.log" start >/dev/null
}

# Stops it, quickly: open sessions are ended (as a database restart does), no data is lost.
pg_down() {
    pg_ctl_ -w -m fast stop >/dev/null
}

pg_restart() {
    pg_require
    pg_ctl_ -w -m fast restart -l "$pg_dir/postgres.log" >/dev/null
}

pg_stop() {
    [ -n "$pg_bin" ] && [ -f "$pg_dir/data/postmaster.pid" ] && pg_ctl_ -m fast stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    case "${1:-}" in
        start) pg_start ;;
        restart) pg_restart ;;
        stop) pg_stop ;;
        *) echo "usage: $0 start|restart|stop" >&2; exit 2 ;;
    esac
fi
