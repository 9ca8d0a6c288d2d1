# shellcheck shell=bash
# A throwaway PostgreSQL 15 cluster on loopback with TLS, for team mode's test and load
# benchmark (issue 17). Sourced, not run:
#
#   . tests/team/cluster.sh
#   cluster_start [--durable] [-c name=value ...]
#
# cluster_start runs initdb into a new temporary folder (as the `postgres` user when run as root,
# since initdb refuses root), makes a server certificate for 127.0.0.1 with openssl (and a second
# one from another "authority" that did not sign it), and starts the server on 127.0.0.1 on a free
# port, with `hostssl ... scram-sha-256` the only way in over TCP and a socket in the temporary
# folder for the superuser `postgres`. It sets a trap that stops the server and removes the folder
# on every exit of the calling script (an error, a failed check, Ctrl-C or SIGTERM included).
# Without --durable, fsync, synchronous commit and full-page writes are off (fast, and nothing
# to keep); --durable leaves PostgreSQL's defaults, for figures that mean what a real server's do.
# Further -c options go to the server as they are.
#
# Afterwards: $tmp (the folder), $data (the data directory), $port, $pgbin, $cluster_ca (the
# server's certificate, for sslrootcert=), $cluster_other_ca (one that does not verify it), and
# the functions as_pg (run as the cluster's user), su_sql (psql as the superuser over the socket)
# and cluster_stop.

cluster_pgbin=${TILLTRO_PG_BIN:-/usr/lib/postgresql/15/bin}

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cluster_stop() {
  if [ -n "${data:-}" ] && [ -f "$data/postmaster.pid" ]; then
    as_pg "$pgbin/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true
  fi
  if [ -n "${tmp:-}" ]; then
    rm -rf "$tmp"
  fi
}

su_sql() { psql -X -q -v ON_ERROR_STOP=1 -h "$tmp" -p "$port" -U postgres "$@"; }

cluster_start() {
  local durable=0
  if [ "${1:-}" = --durable ]; then
    durable=1
    shift
  fi
  pgbin=$cluster_pgbin
  if [ ! -x "$pgbin/initdb" ] || ! command -v psql >/dev/null || ! command -v openssl >/dev/null
  then
    echo "FAIL: expected PostgreSQL 15 in $pgbin, psql and openssl (./dev.sh installs them:" \
         "postgresql postgresql-client openssl)" >&2
    exit 1
  fi

  tmp=$(mktemp -d /tmp/tilltro-team.XXXXXX)
  data=$tmp/data
  trap cluster_stop EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$tmp"; fi

  cluster_ca=$tmp/server.crt
  cluster_other_ca=$tmp/other.crt
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
    -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 \
    -keyout "$tmp/server.key" -out "$cluster_ca" 2>/dev/null
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
    -subj /CN=other -keyout "$tmp/other.key" -out "$cluster_other_ca" 2>/dev/null
  chmod 600 "$tmp/server.key"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$tmp/server.key" "$cluster_ca"; fi

  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

  as_pg "$pgbin/initdb" -D "$data" -U postgres -E UTF8 --locale=C.UTF-8 --no-sync \
    --auth-local=trust --auth-host=reject >"$tmp/initdb.log" 2>&1 \
    || { cat "$tmp/initdb.log" >&2; echo "FAIL: initdb" >&2; exit 1; }
  # TCP only with TLS: hostssl with passwords, everything else on TCP refused. The socket (in
  # the private temporary folder) is for the superuser's setup.
  cat >"$data/pg_hba.conf" <<HBA
local     all all                trust
hostssl   all all 127.0.0.1/32   scram-sha-256
hostnossl all all 127.0.0.1/32   reject
hostnossl all all ::1/128        reject
HBA
  local options="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$tmp"
  options+=" -c ssl=on -c ssl_cert_file=$tmp/server.crt -c ssl_key_file=$tmp/server.key"
  if [ "$durable" -eq 0 ]; then
    options+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  fi
  if [ $# -gt 0 ]; then options+=" $*"; fi
  as_pg "$pgbin/pg_ctl" -D "$data" -l "$tmp/server.log" -w -t 20 start -o "$options" >/dev/null \
    || { cat "$tmp/server.log" >&2; echo "FAIL: the server did not start" >&2; exit 1; }
}
