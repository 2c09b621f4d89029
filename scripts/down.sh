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

# Workers first, together (each hands its waiting payments on, then drains in-flight tasks), then
# Prometheus, the front door, the sandbox, the codec server, the trace store (after every process
# that sends it spans), Temporal last: the Web UI, the dev server or the
# cluster's services (frontend first, history last), and the cluster's PostgreSQL after them all.
shopt -s nullglob
names=()
for pidfile in "$PIDS"/worker-*.pid "$PIDS"/prometheus.pid "$PIDS"/api.pid "$PIDS"/sandbox.pid "$PIDS"/codec-server.pid \
  "$PIDS"/jaeger.pid \
  "$PIDS"/temporal-ui.pid "$PIDS"/temporal.pid "$PIDS"/temporal-frontend.pid \
  "$PIDS"/temporal-worker.pid "$PIDS"/temporal-matching.pid "$PIDS"/temporal-history.pid \
  "$PIDS"/*.supervisor.pid; do
  name="$(basename "$pidfile" .pid)"
  name="${name%.supervisor}"
  [ "$name" != postgres ] || continue
  [[ " ${names[*]} " == *" $name "* ]] || names+=("$name")
done
names+=(postgres)

# A worker hands its waiting payments on first (up to 10 s), then drains in-flight tasks (up to 30 s,
# WorkerMain.DRAIN) and closes: the workers stop together and get this long before SIGKILL. Every
# other process gets 30 s, one after another in the order above.
WORKER_STOP_SECONDS=50
STOP_SECONDS=30

# stop_together SECONDS NAME...: sends each NAME's supervisor TERM and its process its stop signal,
# all at once; waits up to SECONDS for them all; SIGKILLs whatever outlives that; removes their pid
# files.
stop_together() {
  local seconds="$1" name supervisor pid target
  shift
  local targets=() stopped=()
  for name in "$@"; do
    supervisor="$(cat "$PIDS/$name.supervisor.pid" 2>/dev/null || true)"
    pid="$(cat "$PIDS/$name.pid" 2>/dev/null || true)"
    if alive "$supervisor" "$pid"; then
      [ -z "$supervisor" ] || kill -TERM "$supervisor" 2>/dev/null || true
      [ -z "$pid" ] || kill -"$(stop_signal "$name")" "$pid" 2>/dev/null || true
      targets+=("$supervisor" "$pid")
      stopped+=("$name (pid ${pid:-none})")
    fi
  done
  local deadline=$((SECONDS + seconds))
  while [ "${#targets[@]}" -gt 0 ] && alive "${targets[@]}" && [ "$SECONDS" -lt "$deadline" ]; do
    sleep 0.5
  done
  for target in "${targets[@]}"; do
    if [ -n "$target" ] && kill -0 "$target" 2>/dev/null; then
      kill -KILL "$target"
    fi
  done
  for name in "${stopped[@]}"; do
    say "$name stopped"
  done
  for name in "$@"; do
    rm -f "$PIDS/$name.pid" "$PIDS/$name.supervisor.pid" "$PIDS/$name.restarts" \
      "$PIDS/$name.health" "$PIDS/$name.stop-signal"
  done
}

workers=()
others=()
for name in "${names[@]}"; do
  case "$name" in
    worker-*) workers+=("$name") ;;
    *) others+=("$name") ;;
  esac
done
[ "${#workers[@]}" -eq 0 ] || stop_together "$WORKER_STOP_SECONDS" "${workers[@]}"
for name in "${others[@]}"; do
  stop_together "$STOP_SECONDS" "$name"
done
