#!/usr/bin/env bash
# Brings the whole local system up: Temporal dev server (SQLite under .data/, Web UI), the sandbox
# of downstream systems, one worker process per task queue, the API, Prometheus with the rules of
# deploy/prometheus (scraping them all; skipped with a warning where it cannot be installed), and
# Jaeger, the trace store (every process sends it its spans; ORDER_SAGA_TRACING=off runs without it).
# ORDER_SAGA_TEMPORAL=cluster runs Temporal's own server instead, one process per service on
# PostgreSQL, with its Web UI server (scripts/temporal-cluster.sh). A second run starts no duplicates.
# Every process runs from its own copy of the jars under .data/run/ (building beside it is safe)
# under scripts/supervise.sh, which starts it again whenever it exits. Every payload is encrypted
# with the keys of .data/codec-keys.env (drawn on the first run, never committed) unless
# ORDER_SAGA_CODEC_KEYS is set; the codec server on :8089 decrypts for the Web UI and the CLI.
# The workers join Worker Deployment order-saga as the build's version (ORDER_SAGA_BUILD_ID, else
# the jar's order-saga-build.properties); once they poll every queue it becomes current, so new
# orders run on it (docs/operations.md, section 9, rolls out the next one beside it).
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

JAVA_HOME="$(scripts/java-home.sh)"
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"

say "building (./mvnw package, tests skipped)"
./mvnw -B -ntp -q -DskipTests package
WORKER_JAR="$(stage activities/target/order-saga-worker.jar)"
mapfile -t QUEUES < <("$JAVA" -jar "$WORKER_JAR" --list-queues)
CODEC_URL=http://127.0.0.1:8089
SANDBOX_JAR="$(stage sandbox/target/sandbox.jar)"
API_JAR="$(stage api/target/order-saga-api.jar)"

UI_NOTE="(the dev server's)"
scrape_targets temporal
if [ -n "${TEMPORAL_ADDRESS:-}" ]; then
  say "using the Temporal service at $TEMPORAL_ADDRESS (no local server started)"
elif [ "${ORDER_SAGA_TEMPORAL:-cli}" = cluster ]; then
  export TEMPORAL_ADDRESS=127.0.0.1:7233
  if running temporal; then
    say "the dev server of an earlier make up still runs: make down first" >&2
    exit 1
  fi
  scripts/temporal-cluster.sh
  UI_NOTE="(cluster: temporal-ui)"
  running temporal-ui || UI_NOTE="(NOT RUNNING: the Web UI server did not build)"
else
  export TEMPORAL_ADDRESS=127.0.0.1:7233
  if running temporal-frontend || running postgres; then
    say "the Temporal cluster of an earlier ORDER_SAGA_TEMPORAL=cluster make up still runs: make down first" >&2
    exit 1
  fi
  if [ "${ORDER_SAGA_TEMPORAL:-cli}" != java ] \
    && TEMPORAL="$(scripts/install-temporal.sh 2>>"$LOGS/install-temporal.log")"; then
    search_attributes=()
    while read -r attribute; do
      case "$attribute" in '' | '#'*) ;; *) search_attributes+=(--search-attribute "$attribute") ;; esac
    done <config/search-attributes.txt
    start temporal "$LOGS/temporal.log" "$TEMPORAL" server start-dev \
      --ip 127.0.0.1 --port 7233 --ui-port 8233 \
      --db-filename "$DATA/temporal.db" \
      --sqlite-pragma journal_mode=wal --sqlite-pragma synchronous=normal \
      "${search_attributes[@]}" \
      --dynamic-config-value frontend.WorkflowPauseEnabled=true \
      --ui-disable-news-fetch --ui-codec-endpoint "$CODEC_URL" \
      --metrics-port 8234 --log-level warn
    scrape_targets temporal 127.0.0.1:8234
    wait_for "Temporal server" 60 "$TEMPORAL" operator cluster health --address "$TEMPORAL_ADDRESS"
  else
    if [ "${ORDER_SAGA_TEMPORAL:-cli}" = java ]; then
      say "ORDER_SAGA_TEMPORAL=java: not using the temporal CLI"
    else
      say "the temporal CLI could not be installed (.data/logs/install-temporal.log says why)"
    fi
    say "WARNING: running the in-process Java test server instead: in memory (lost on restart),"
    say "WARNING: no Web UI, no visibility listing, and no CLI operations (pause, reset, batch)"
    UI_NOTE="(none with the in-process Java server)"
    JAVA_SERVER=true
    start temporal "$LOGS/temporal.log" "$JAVA" -jar "$(stage devserver/target/order-saga-devserver.jar)" 7233
    wait_for "in-process Temporal server" 60 bash -c 'exec 3<>/dev/tcp/127.0.0.1/7233'
  fi
fi

# The dev switch: the processes accept the published dev tokens and webhook secret below, and the
# codec server (on loopback only) lets the Web UI's origin decode without the operator token, since
# the dev server's UI has no sign-in to send one. ORDER_SAGA_DEV=false with tokens of your own
# closes both.
export ORDER_SAGA_DEV="${ORDER_SAGA_DEV:-true}"
export ORDER_SAGA_SERVICE_TOKEN="${ORDER_SAGA_SERVICE_TOKEN:-dev-service-token}"
export ORDER_SAGA_OPERATOR_TOKEN="${ORDER_SAGA_OPERATOR_TOKEN:-dev-operator-token}"
export ORDER_SAGA_WEBHOOK_SECRET="${ORDER_SAGA_WEBHOOK_SECRET:-whsec_dev}"
export SANDBOX_WEBHOOK_URL="${SANDBOX_WEBHOOK_URL:-http://127.0.0.1:8080/webhooks/payments}"
export SANDBOX_WEBHOOK_SECRET="$ORDER_SAGA_WEBHOOK_SECRET"
export SANDBOX_ADMIN_ENABLED="${SANDBOX_ADMIN_ENABLED:-true}"
export ORDER_SAGA_PAYMENTS_URL="${ORDER_SAGA_PAYMENTS_URL:-http://127.0.0.1:8090}"   # the API asks it about waiting paid orders

if [ -z "${ORDER_SAGA_CODEC_KEYS:-}" ]; then
  if [ ! -f "$DATA/codec-keys.env" ]; then
    (umask 077 && printf 'ORDER_SAGA_CODEC_KEYS=dev-1:%s\nORDER_SAGA_CODEC_KEY_ID=dev-1\n' \
      "$(head -c 32 /dev/urandom | base64)" >"$DATA/codec-keys.env.tmp")
    mv "$DATA/codec-keys.env.tmp" "$DATA/codec-keys.env"
    say "drew a payload encryption key into .data/codec-keys.env (keep it: histories need it)"
  fi
  set -a
  source "$DATA/codec-keys.env"
  set +a
fi
export ORDER_SAGA_CODEC_KEYS ORDER_SAGA_CODEC_KEY_ID="${ORDER_SAGA_CODEC_KEY_ID:-}"

# The trace store, before the Java processes so their first spans have somewhere to go: Jaeger,
# built once from its Go module (scripts/install-jaeger.sh; minutes the first time). Without Go the
# stack runs with tracing off, as it does with ORDER_SAGA_TRACING=off.
TRACES_NOTE="http://127.0.0.1:16686   (Jaeger: one trace per order; query API /api/traces/{traceId})"
if [ "${ORDER_SAGA_TRACING:-on}" = off ]; then
  TRACES_NOTE="off (ORDER_SAGA_TRACING=off)"
elif scripts/install-jaeger.sh --can-build \
  && say "trace store: Jaeger (built with Go on the first run: minutes; log .data/logs/install-jaeger.log)" \
  && JAEGER="$(scripts/install-jaeger.sh 2>>"$LOGS/install-jaeger.log")"; then
  start jaeger "$LOGS/jaeger.log" "$JAEGER" --config config/jaeger/config.yaml
  echo http://127.0.0.1:13133/status >"$PIDS/jaeger.health"
  wait_for "Jaeger" 60 curl -fsS http://127.0.0.1:13133/status
else
  say "WARNING: Jaeger could not be built (.data/logs/install-jaeger.log says why): tracing is off"
  export ORDER_SAGA_TRACING=off
  TRACES_NOTE="off (Jaeger could not be built: .data/logs/install-jaeger.log)"
fi
export OTEL_EXPORTER_OTLP_ENDPOINT="${OTEL_EXPORTER_OTLP_ENDPOINT:-http://127.0.0.1:4318}"

CODEC_SERVER_PORT=8089 CODEC_SERVER_ORIGINS=http://127.0.0.1:8233,http://localhost:8233 \
  start codec-server "$LOGS/codec-server.log" \
  "$JAVA" -cp "$WORKER_JAR" dev.ordersaga.codecserver.CodecServerMain
echo "$CODEC_URL/health" >"$PIDS/codec-server.health"
wait_for "codec server" 60 curl -fsS "$CODEC_URL/health"

OTEL_SERVICE_NAME=order-saga-sandbox start sandbox "$LOGS/sandbox.log" "$JAVA" -jar "$SANDBOX_JAR" server sandbox/config.yml
echo http://127.0.0.1:8091/healthcheck >"$PIDS/sandbox.health"
wait_for "sandbox" 60 curl -fsS http://127.0.0.1:8091/healthcheck

workers_were_running=false
running worker-orders && workers_were_running=true
port=9101
worker_targets=()
for queue in "${QUEUES[@]}"; do
  worker_targets+=("127.0.0.1:$port queue=$queue")
  OTEL_SERVICE_NAME="order-saga-worker-$queue" WORKER_HTTP_PORT=$port start "worker-$queue" "$LOGS/worker-$queue.log" \
    "$JAVA" -jar "$WORKER_JAR" --queues "$queue" --config config/worker.yml
  echo "http://127.0.0.1:$port/health" >"$PIDS/worker-$queue.health"
  port=$((port + 1))
done
scrape_targets worker "${worker_targets[@]}"
port=9101
for queue in "${QUEUES[@]}"; do
  wait_for "worker $queue (health on :$port)" 60 curl -fsS "http://127.0.0.1:$port/health"
  port=$((port + 1))
done

DEPLOYMENT=order-saga
BUILD_ID="${ORDER_SAGA_BUILD_ID:-$(python3 -c 'import sys, zipfile
print(zipfile.ZipFile(sys.argv[1]).read("order-saga-build.properties").decode())' "$WORKER_JAR" |
  sed -n 's/^buildId=//p')}"
VERSION_NOTE="$DEPLOYMENT:$BUILD_ID"
# version_polled: true once the build's version lists every queue of QUEUES.
version_polled() {
  local listed
  listed="$("$TEMPORAL" worker deployment describe-version --deployment-name "$DEPLOYMENT" \
    --build-id "$BUILD_ID" --output json |
    python3 -c 'import json, sys
for info in json.load(sys.stdin).get("taskQueuesInfos") or []: print(info["name"])' | sort -u)"
  for queue in "${QUEUES[@]}"; do
    grep -qx "$queue" <<<"$listed" || return 1
  done
}
if [ "${JAVA_SERVER:-false}" = true ]; then
  VERSION_NOTE="$VERSION_NOTE (the in-process Java server has no Worker Deployments)"
elif [ "$workers_were_running" = true ]; then
  VERSION_NOTE="(workers were already running; version unchanged: make status)"
else
  TEMPORAL="${TEMPORAL:-$(scripts/install-temporal.sh 2>>"$LOGS/install-temporal.log")}"
  wait_for "version $DEPLOYMENT:$BUILD_ID polled on every queue" 90 version_polled
  "$TEMPORAL" worker deployment set-current-version --yes \
    --deployment-name "$DEPLOYMENT" --build-id "$BUILD_ID" >>"$LOGS/versions.log"
  say "version $DEPLOYMENT:$BUILD_ID is current: new orders run on it"
  elsewhere="$("$TEMPORAL" workflow count --query "WorkflowType = 'OrderWorkflow' AND \
ExecutionStatus = 'Running' AND TemporalWorkerDeploymentVersion != '$DEPLOYMENT:$BUILD_ID'" |
    awk '{print $NF}')"
  if [ "${elsewhere:-0}" != 0 ]; then
    say "WARNING: $elsewhere running orders are pinned to an earlier version, whose workers this" \
      "make up replaced: move them (docs/operations.md, section 9, step 5)" >&2
  fi
fi

OTEL_SERVICE_NAME=order-saga-api start api "$LOGS/api.log" "$JAVA" -jar "$API_JAR" server api/config.yml
echo http://127.0.0.1:8081/healthcheck >"$PIDS/api.health"
wait_for "API" 60 curl -fsS http://127.0.0.1:8081/healthcheck

# Prometheus with the rules of deploy/prometheus (a second make up reloads them); without the
# package and without root to install it, the stack runs without it.
PROMETHEUS_NOTE="http://127.0.0.1:9090   (alerts http://127.0.0.1:9090/classic/alerts)"
if running prometheus; then
  kill -HUP "$(cat "$PIDS/prometheus.pid")"
  say "Prometheus reloads deploy/prometheus"
elif PROMETHEUS_BIN="$(scripts/install-prometheus.sh 2>>"$LOGS/install-prometheus.log")"; then
  start prometheus "$LOGS/prometheus.log" "$PROMETHEUS_BIN/prometheus" \
    --config.file=deploy/prometheus/prometheus.yml --storage.tsdb.path="$DATA/prometheus/data" \
    --web.listen-address=127.0.0.1:9090
  echo http://127.0.0.1:9090/-/ready >"$PIDS/prometheus.health"
  wait_for "Prometheus" 60 curl -fsS http://127.0.0.1:9090/-/ready
else
  say "WARNING: Prometheus is not installed and could not be (.data/logs/install-prometheus.log): going on without it" >&2
  PROMETHEUS_NOTE="(NOT RUNNING: not installed, see .data/logs/install-prometheus.log)"
fi

cat <<TXT

order-saga is up.
  Temporal Web UI   http://127.0.0.1:8233 ${UI_NOTE}
  Temporal gRPC     ${TEMPORAL_ADDRESS}
  REST API          http://127.0.0.1:8080   (admin http://127.0.0.1:8081, OpenAPI /openapi.yaml)
  Sandbox           http://127.0.0.1:8090   (admin http://127.0.0.1:8091)
  Codec server      ${CODEC_URL}   (decrypts payloads for the Web UI and the CLI)
  Prometheus        ${PROMETHEUS_NOTE}
  Traces            ${TRACES_NOTE}
  Workers           one process per queue; health and metrics on :9101-$((9100 + ${#QUEUES[@]})) (/health, /metrics)
                    Worker Deployment version ${VERSION_NOTE}
  Logs              .data/logs/   (a process that exits is started again: make status)
Tokens:             service  \$ORDER_SAGA_SERVICE_TOKEN  (now: ${ORDER_SAGA_SERVICE_TOKEN})
                    operator \$ORDER_SAGA_OPERATOR_TOKEN (now: ${ORDER_SAGA_OPERATOR_TOKEN})
Payloads:           encrypted with key \$ORDER_SAGA_CODEC_KEY_ID (now: ${ORDER_SAGA_CODEC_KEY_ID:-first listed}); read them with
                    export TEMPORAL_CODEC_ENDPOINT=${CODEC_URL} TEMPORAL_CODEC_AUTH="Bearer ${ORDER_SAGA_OPERATOR_TOKEN}"
Place an order:
  curl -si -X POST http://127.0.0.1:8080/orders \\
    -H "Authorization: Bearer ${ORDER_SAGA_SERVICE_TOKEN}" -H 'Content-Type: application/json' \\
    -d '{"customerId":"c-42","currency":"USD","items":[{"sku":"SKU-1","quantity":2,"unitPrice":"19.99"}],
         "payment":{"method":"card","token":"tok_ok"},
         "shippingAddress":{"name":"Ada Lovelace","line1":"1 Analytical Way","city":"London","postalCode":"N1 9GU","country":"GB"}}'
  then follow the Location it answers: curl -s -H "Authorization: Bearer ${ORDER_SAGA_SERVICE_TOKEN}" http://127.0.0.1:8080/orders/{orderId}
Four demo orders:   make demo        Stop everything:  make down
TXT
