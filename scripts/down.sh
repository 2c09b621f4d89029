#!/usr/bin/env bash
# Stops exactly what scripts/up.sh started, by the pids it recorded, and nothing else.
source "$(dirname "$0")/lib.sh"

# Workers first (they drain in-flight tasks), then the front door, the sandbox, Temporal last.
shopt -s nullglob
ordered=("$PIDS"/worker-*.pid "$PIDS"/api.pid "$PIDS"/sandbox.pid "$PIDS"/temporal.pid)
for pidfile in "${ordered[@]}"; do
  [ -f "$pidfile" ] || continue
  name="$(basename "$pidfile" .pid)"
  pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 1 60); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
      kill -KILL "$pid"
    fi
    say "$name stopped (pid $pid)"
  fi
  rm -f "$pidfile"
done
