#!/usr/bin/env bash
# Stops exactly what scripts/up.sh started, by the pids it recorded, and nothing else: each
# process's supervisor first (so it is not started again), then the process itself.
source "$(dirname "$0")/lib.sh"

# alive PID...: true while any of the pids runs.
alive() {
  local pid
  for pid in "$@"; do
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && return 0
  done
  return 1
}

# Workers first (they drain in-flight tasks), then the front door, the sandbox, Temporal last.
shopt -s nullglob
names=()
for pidfile in "$PIDS"/worker-*.pid "$PIDS"/api.pid "$PIDS"/sandbox.pid "$PIDS"/temporal.pid \
  "$PIDS"/*.supervisor.pid; do
  name="$(basename "$pidfile" .pid)"
  name="${name%.supervisor}"
  [[ " ${names[*]} " == *" $name "* ]] || names+=("$name")
done
for name in "${names[@]}"; do
  supervisor="$(cat "$PIDS/$name.supervisor.pid" 2>/dev/null || true)"
  pid="$(cat "$PIDS/$name.pid" 2>/dev/null || true)"
  if alive "$supervisor" "$pid"; then
    for target in "$supervisor" "$pid"; do
      [ -n "$target" ] && kill -TERM "$target" 2>/dev/null || true
    done
    for _ in $(seq 1 60); do
      alive "$supervisor" "$pid" || break
      sleep 0.5
    done
    for target in "$supervisor" "$pid"; do
      if [ -n "$target" ] && kill -0 "$target" 2>/dev/null; then
        kill -KILL "$target"
      fi
    done
    say "$name stopped (pid ${pid:-none})"
  fi
  rm -f "$PIDS/$name.pid" "$PIDS/$name.supervisor.pid" "$PIDS/$name.restarts" "$PIDS/$name.health"
done
