#!/usr/bin/env bash
# Shared helpers of the stack scripts: where state lives, pid files, waiting on health.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="$ROOT/.data"
PIDS="$DATA/pids"
LOGS="$DATA/logs"
RUN="$DATA/run"
mkdir -p "$PIDS" "$LOGS"

say() { printf '\033[1m==>\033[0m %s\n' "$*"; }

# running NAME: true when NAME's recorded pid is alive.
running() {
  local pidfile="$PIDS/$1.pid"
  [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

# supervised NAME: true when NAME's supervisor (scripts/supervise.sh) is alive.
supervised() {
  local pidfile="$PIDS/$1.supervisor.pid"
  [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

# stop_signal NAME: the signal that stops NAME cleanly (NAME.stop-signal, else TERM).
stop_signal() {
  cat "$PIDS/$1.stop-signal" 2>/dev/null || echo TERM
}

# start NAME LOGFILE CMD...: starts CMD in the background under scripts/supervise.sh (restarted
# whenever it exits) unless NAME already runs; NAME.pid records CMD's pid, NAME.supervisor.pid the
# supervisor's. With STOP_SIGNAL set (e.g. INT), NAME.stop-signal records the signal that stops it
# (used by supervise.sh and down.sh instead of TERM).
start() {
  local name="$1" log="$2"
  shift 2
  if supervised "$name" || running "$name"; then
    say "$name already running (pid $(cat "$PIDS/$name.pid" 2>/dev/null || echo '?'))"
    return 0
  fi
  rm -f "$PIDS/$name.pid" "$PIDS/$name.stop-signal"
  [ -z "${STOP_SIGNAL:-}" ] || echo "$STOP_SIGNAL" >"$PIDS/$name.stop-signal"
  nohup "$ROOT/scripts/supervise.sh" "$name" "$log" "$@" >>"$log" 2>&1 &
  echo $! >"$PIDS/$name.supervisor.pid"
  local deadline=$((SECONDS + 10))
  until [ -f "$PIDS/$name.pid" ] || [ "$SECONDS" -ge "$deadline" ]; do
    sleep 0.1
  done
  say "$name started (pid $(cat "$PIDS/$name.pid"), restarted when it exits; log ${log#$ROOT/})"
}

# stage FILE: copies FILE into .data/run/ and prints the copy's path. The running system executes
# these copies, never the build's output, so building beside it is safe; the copy lands by rename,
# so a process still running an earlier copy keeps reading its own file.
stage() {
  local copy="$RUN/$(basename "$1")"
  mkdir -p "$RUN"
  cp "$1" "$copy.tmp.$$"
  mv -f "$copy.tmp.$$" "$copy"
  echo "$copy"
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

# scrape_targets JOB ["HOST:PORT [LABEL=VALUE...]"]...: writes .data/prometheus/targets/JOB.json, the
# targets (each with its labels) Prometheus scrapes for JOB (deploy/prometheus/prometheus.yml reads
# it by file_sd and notices each rewrite); without targets, an empty list.
scrape_targets() {
  local job="$1" file="$DATA/prometheus/targets/$1.json"
  shift
  mkdir -p "$(dirname "$file")"
  python3 -c 'import json, sys
print(json.dumps([{"targets": [t], "labels": dict(l.split("=", 1) for l in labels)}
                  for t, *labels in (arg.split() for arg in sys.argv[1:])], indent=1))' "$@" >"$file.tmp"
  mv "$file.tmp" "$file"
}
