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

# Workers first (they drain in-flight tasks), then the front door, the sandbox, the codec server,
# Temporal last: the Web UI, the dev server or the cluster's services (frontend first, history last),
# and the cluster's PostgreSQL after them all.
shopt -s nullglob
names=()
for pidfile in "$PIDS"/worker-*.pid "$PIDS"/api.pid "$PIDS"/sandbox.pid "$PIDS"/codec-server.pid \
  "$PIDS"/temporal-ui.pid "$PIDS"/temporal.pid "$PIDS"/temporal-frontend.pid \
  "$PIDS"/temporal-worker.pid "$PIDS"/temporal-matching.pid "$PIDS"/temporal-history.pid \
  "$PIDS"/*.supervisor.pid; do
  name="$(basename "$pidfile" .pid)"
  name="${name%.supervisor}"
  [ "$name" != postgres ] || continue
  [[ " ${names[*]} " == *" $name "* ]] || names+=("$name")
done
names+=(postgres)
for name in "${names[@]}"; do
  supervisor="$(cat "$PIDS/$name.supervisor.pid" 2>/dev/null || true)"
  pid="$(cat "$PIDS/$name.pid" 2>/dev/null || true)"
  if alive "$supervisor" "$pid"; then
    [ -z "$supervisor" ] || kill -TERM "$supervisor" 2>/dev/null || true
    [ -z "$pid" ] || kill -"$(stop_signal "$name")" "$pid" 2>/dev/null || true
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
  rm -f "$PIDS/$name.pid" "$PIDS/$name.supervisor.pid" "$PIDS/$name.restarts" "$PIDS/$name.health" \
    "$PIDS/$name.stop-signal"
done
