#!/usr/bin/env bash
# supervise.sh NAME LOG CMD...: runs CMD (output appended to LOG), records its pid in
# .data/pids/NAME.pid, and starts it again whenever it exits: after 1 s, doubling up to 30 s, and
# back to 1 s once a run lasted a minute. Each restart is counted in .data/pids/NAME.restarts and
# logged to LOG. SIGTERM stops it: CMD gets the signal of .data/pids/NAME.stop-signal (default TERM)
# once, whenever the SIGTERM arrives (also between a restart's fork and the recording of the new
# pid), and is waited for; then the pid files are removed. scripts/down.sh sends it and SIGKILLs
# whatever outlives its deadline.
source "$(dirname "$0")/lib.sh"

name="$1" log="$2"
shift 2
stopping=0
child=""
signalled=""
# forward: sends the stop signal to the running child, once per child.
forward() {
  if [ -n "$child" ] && [ "$signalled" != "$child" ]; then
    signalled="$child"
    kill -"$(stop_signal "$name")" "$child" 2>/dev/null || true
  fi
}
stop() {
  stopping=1
  forward
}
trap stop TERM INT

delay=1
restarts=0
echo 0 >"$PIDS/$name.restarts"
while [ "$stopping" = 0 ]; do
  began=$SECONDS
  "$@" >>"$log" 2>&1 </dev/null &
  child=$!
  [ "$stopping" = 0 ] || forward
  echo "$child" >"$PIDS/$name.pid"
  status=0
  wait "$child" || status=$?
  while kill -0 "$child" 2>/dev/null; do
    wait "$child" || status=$?
  done
  exited="$child"
  child=""
  [ "$stopping" = 0 ] || break
  if [ $((SECONDS - began)) -ge 60 ]; then
    delay=1
  fi
  restarts=$((restarts + 1))
  echo "$restarts" >"$PIDS/$name.restarts"
  printf '%s supervise: %s (pid %s) exited with status %s after %ss; restart %s in %ss\n' \
    "$(date -u +%FT%TZ)" "$name" "$exited" "$status" "$((SECONDS - began))" "$restarts" "$delay" \
    >>"$log"
  sleep "$delay" &
  wait $! || true
  delay=$((delay * 2 > 30 ? 30 : delay * 2))
done
rm -f "$PIDS/$name.pid" "$PIDS/$name.supervisor.pid"
