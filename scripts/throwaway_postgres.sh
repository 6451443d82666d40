#!/usr/bin/env bash
# A throwaway PostgreSQL for the review tests: `start DIR` prints a postgresql:// URL, `stop DIR` removes it all.
# Debian's postgresql package; initdb in DIR as the postgres user; listens on 127.0.0.1 only, on a free port.
set -euo pipefail
cmd=${1:?usage: throwaway_postgres.sh start|stop DIR}
dir=${2:?usage: throwaway_postgres.sh start|stop DIR}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "throwaway_postgres: PostgreSQL saknas; installera Debian-paketet postgresql (scripts/setup.sh)" >&2
  exit 2
fi
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$cmd" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    chmod 700 "$dir"
    as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
    as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres redact_test
    echo "postgresql://postgres@127.0.0.1:$port/redact_test"
    ;;
  stop)
    if [ -d "$dir/data" ]; then as_pg "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true; fi
    rm -rf "$dir"
    ;;
  *) echo "usage: throwaway_postgres.sh start|stop DIR" >&2; exit 2 ;;
esac
