#!/usr/bin/env bash
# Lists what scripts/up.sh started and whether each process still runs.
source "$(dirname "$0")/lib.sh"

shopt -s nullglob
for pidfile in "$PIDS"/*.pid; do
  name="$(basename "$pidfile" .pid)"
  if running "$name"; then
    echo "$name: running (pid $(cat "$pidfile"))"
  else
    echo "$name: not running (stale pid $(cat "$pidfile"))"
  fi
done
