#!/usr/bin/env bash
# postgres-run.sh HOME PORT: runs the private PostgreSQL cluster of HOME/data in the foreground on
# 127.0.0.1:PORT (its socket in HOME), as the `postgres` system user when started as root
# (PostgreSQL refuses root); execs, so the caller's pid is the postmaster's. scripts/supervise.sh
# runs it again whenever it exits.
# A restart never starts a second postmaster on the same data: PostgreSQL itself refuses while the
# pid in HOME/data/postmaster.pid is alive or its old backends still hold the shared memory (the
# next restart tries again), and removes the file once that pid is gone. The one case it cannot
# tell is a recycled pid: the file's pid now belongs to another process (e.g. another PostgreSQL
# of the same user). That process's working directory is not this data directory (a postmaster's
# is), so the file is stale and is removed here.
# Stop it with SIGINT (fast shutdown: sessions are ended, committed work is flushed); SIGTERM waits
# for every client to disconnect, and Temporal's connection pools never do.
set -euo pipefail
home="$1" port="$2"
data="$home/data"
bin="$("$(dirname "$0")/postgres-bin.sh")"
as_owner=()
[ "$(id -u)" -ne 0 ] || as_owner=(setpriv --reuid=postgres --regid=postgres --init-groups --)

lock="$data/postmaster.pid"
if [ -f "$lock" ]; then
  pid="$(head -1 "$lock")"
  if [ -n "$pid" ] && [ -d "/proc/$pid" ] \
    && [ "$(readlink "/proc/$pid/cwd" 2>/dev/null || true)" != "$(readlink -f "$data")" ]; then
    echo "postmaster.pid names pid $pid, which is not a PostgreSQL of $data: removing the stale file" >&2
    "${as_owner[@]}" rm -f "$lock"
  fi
fi

exec "${as_owner[@]}" "$bin/postgres" -D "$data" -p "$port" -c listen_addresses=127.0.0.1 \
  -c "unix_socket_directories=$home" -c max_connections=200
