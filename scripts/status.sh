#!/usr/bin/env bash
# Lists what scripts/up.sh started: whether each process runs, how often it was restarted, and
# whether its health check passes (NAME.health: an HTTP URL answering 200, or tcp://HOST:PORT
# accepting), then the current version of Worker Deployment order-saga (new orders run on it) and
# the versions beside it, and the alerts Prometheus fires. Exits 1, naming the culprits, when any
# process is down or unhealthy.
source "$(dirname "$0")/lib.sh"

shopt -s nullglob
bad=()
for pidfile in "$PIDS"/*.pid; do
  name="$(basename "$pidfile" .pid)"
  [[ "$name" == *.supervisor ]] && continue
  pid="$(cat "$pidfile")"
  restarts="$(cat "$PIDS/$name.restarts" 2>/dev/null || echo 0)"
  health="$(cat "$PIDS/$name.health" 2>/dev/null || true)"
  if ! running "$name"; then
    if supervised "$name"; then
      echo "$name: DOWN, being restarted (pid $pid exited; $restarts restarts; log .data/logs/$name.log)"
    else
      echo "$name: DOWN, not supervised (stale pid $pid; make down && make up)"
    fi
    bad+=("$name")
    continue
  fi
  line="$name: running (pid $pid, $restarts restarts)"
  if ! supervised "$name"; then
    line="$line, NOT SUPERVISED (will not be restarted)"
    bad+=("$name")
  fi
  if [[ "$health" == tcp://* ]]; then
    address="${health#tcp://}"
    if timeout 5 bash -c "exec 3<>/dev/tcp/${address%:*}/${address##*:}" 2>/dev/null; then
      line="$line, accepts connections"
    else
      line="$line, UNHEALTHY (nothing accepts on $address)"
      bad+=("$name")
    fi
  elif [ -n "$health" ]; then
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$health" || true)"
    if [ "$code" = 200 ]; then
      line="$line, healthy"
    else
      line="$line, UNHEALTHY ($health answered ${code:-nothing})"
      bad+=("$name")
    fi
  fi
  echo "$line"
done
TEMPORAL_CLI="$ROOT/.tools/bin/temporal"
if [ -x "$TEMPORAL_CLI" ] && running worker-orders; then
  if deployment="$("$TEMPORAL_CLI" worker deployment describe --name order-saga --output json \
    --address "${TEMPORAL_ADDRESS:-127.0.0.1:7233}" 2>/dev/null)"; then
    python3 -c 'import json, sys
d = json.load(sys.stdin)
current = (d.get("routingConfig") or {}).get("currentVersionBuildID") or ""
print("versions: current", "order-saga:" + current if current else "NONE (no order is dispatched)")
for v in d.get("versionSummaries") or []:
    print("  order-saga:%s drainage %s" % (v.get("BuildID"), v.get("drainageStatus")))' <<<"$deployment"
  else
    echo "versions: Worker Deployment order-saga not found (workers not polling yet?)"
  fi
fi
if running prometheus; then
  curl -s --max-time 5 http://127.0.0.1:9090/api/v1/alerts | python3 -c 'import json, sys
firing = sorted({a["labels"]["alertname"] for a in json.load(sys.stdin)["data"]["alerts"] if a["state"] == "firing"})
print("alerts firing:", ", ".join(firing) or "none", "(http://127.0.0.1:9090/classic/alerts)")' 2>/dev/null ||
    echo "alerts: Prometheus did not answer"
fi
if [ "${#bad[@]}" -gt 0 ]; then
  echo "NOT OK: ${bad[*]}" >&2
  exit 1
fi
