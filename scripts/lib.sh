#!/usr/bin/env bash
# Shared helpers of the stack scripts: where state lives, pid files, waiting on health.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="$ROOT/.data"
PIDS="$DATA/pids"
LOGS="$DATA/logs"
mkdir -p "$PIDS" "$LOGS"

say() { printf '\033[1m==>\033[0m %s\n' "$*"; }

# running NAME: true when NAME's recorded pid is alive.
running() {
  local pidfile="$PIDS/$1.pid"
  [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

# start NAME LOGFILE CMD...: starts CMD in the background unless NAME already runs; records its pid.
start() {
  local name="$1" log="$2"
  shift 2
  if running "$name"; then
    say "$name already running (pid $(cat "$PIDS/$name.pid"))"
    return 0
  fi
  nohup "$@" >>"$log" 2>&1 &
  echo $! >"$PIDS/$name.pid"
  say "$name started (pid $!, log ${log#$ROOT/})"
}

# wait_for DESCRIPTION SECONDS CMD...: retries CMD until it succeeds or the deadline passes.
wait_for() {
  local what="$1" seconds="$2"
  shift 2
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "timed out after ${seconds}s waiting for $what" >&2
      return 1
    fi
    sleep 0.5
  done
  say "$what is ready"
}
