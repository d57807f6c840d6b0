#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests, listening on 127.0.0.1 only.
#   .ci/postgres.sh start     create (once) and start it; prints the `export` lines the tests read
#   .ci/postgres.sh restart   restart it (the tests do this while jobs run)
#   .ci/postgres.sh stop
# Where and on which port: REPORTFORGE_TEST_POSTGRES_DATA (/tmp/reportforge-postgres), REPORTFORGE_TEST_POSTGRES_PORT (55432).
set -euo pipefail

data="${REPORTFORGE_TEST_POSTGRES_DATA:-/tmp/reportforge-postgres}"
port="${REPORTFORGE_TEST_POSTGRES_PORT:-55432}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -n "$bin" ] || { echo "postgres.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }

# the server refuses to run as root: run it as the postgres user the package creates
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    if [ ! -f "$data/PG_VERSION" ]; then
      mkdir -p "$data"
      [ "$(id -u)" = 0 ] && chown postgres:postgres "$data"
      chmod 700 "$data"
      as_owner "$bin/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 >/dev/null
    fi
    if ! as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
      # several worker processes and a server, each with a pool: more than the default 100 connections
      as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c max_connections=300 -c fsync=off" start >/dev/null
    fi
    # each test drops its database WITH (FORCE), which must also end an autovacuum worker busy in it
    as_owner "$bin/psql" -h "$data" -p "$port" -U postgres -d postgres -q -v ON_ERROR_STOP=1 >/dev/null <<'SQL'
SELECT 'CREATE ROLE reportforge LOGIN CREATEDB PASSWORD ''reportforge'''
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'reportforge') \gexec
SELECT 'CREATE DATABASE reportforge_test OWNER reportforge'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'reportforge_test') \gexec
SELECT 'GRANT pg_signal_backend TO reportforge'
WHERE NOT pg_has_role('reportforge', 'pg_signal_backend', 'MEMBER') \gexec
SQL
    echo "export REPORTFORGE_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=reportforge;Password=reportforge;Database=reportforge_test'"
    echo "export REPORTFORGE_TEST_POSTGRES_CTL='$(cd "$(dirname "$0")" && pwd)/postgres.sh'"
    echo "export REPORTFORGE_TEST_POSTGRES_DATA='$data'"
    echo "export REPORTFORGE_TEST_POSTGRES_PORT='$port'"
    ;;
  restart)
    as_owner "$bin/pg_ctl" -D "$data" -w -m fast restart >/dev/null
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$data" -w -m fast stop >/dev/null
    ;;
  *)
    echo "usage: $0 start|restart|stop" >&2
    exit 2
    ;;
esac
