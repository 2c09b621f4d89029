#!/usr/bin/env bash
# Brings the whole local system up: Temporal dev server (SQLite under .data/, Web UI), the sandbox
# of downstream systems, and one worker process per task queue. A second run starts no duplicates.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

JAVA_HOME="$(scripts/java-home.sh)"
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"
QUEUES=(orders order-records inventory payments payment-status shipping notifications)

say "building (./mvnw package, tests skipped)"
./mvnw -B -ntp -q -DskipTests package

if [ -n "${TEMPORAL_ADDRESS:-}" ]; then
  say "using the Temporal service at $TEMPORAL_ADDRESS (no local server started)"
else
  TEMPORAL="$(scripts/install-temporal.sh)"
  export TEMPORAL_ADDRESS=127.0.0.1:7233
  start temporal "$LOGS/temporal.log" "$TEMPORAL" server start-dev \
    --ip 127.0.0.1 --port 7233 --ui-port 8233 \
    --db-filename "$DATA/temporal.db" \
    --search-attribute OrderStatus=Keyword \
    --search-attribute CustomerId=Keyword \
    --search-attribute OrderTotal=Double \
    --dynamic-config-value frontend.WorkflowPauseEnabled=true \
    --ui-disable-news-fetch \
    --log-level warn
  wait_for "Temporal server" 60 "$TEMPORAL" operator cluster health --address "$TEMPORAL_ADDRESS"
fi

start sandbox "$LOGS/sandbox.log" "$JAVA" -jar sandbox/target/sandbox.jar server sandbox/config.yml
wait_for "sandbox" 60 curl -fsS http://127.0.0.1:8091/healthcheck

port=9101
for queue in "${QUEUES[@]}"; do
  WORKER_HTTP_PORT=$port start "worker-$queue" "$LOGS/worker-$queue.log" \
    "$JAVA" -jar activities/target/order-saga-worker.jar --queues "$queue" --config config/worker.yml
  port=$((port + 1))
done
port=9101
for queue in "${QUEUES[@]}"; do
  wait_for "worker $queue (health on :$port)" 60 curl -fsS "http://127.0.0.1:$port/health"
  port=$((port + 1))
done

cat <<TXT

order-saga is up.
  Temporal Web UI   http://127.0.0.1:8233
  Temporal gRPC     ${TEMPORAL_ADDRESS}
  Sandbox           http://127.0.0.1:8090   (admin http://127.0.0.1:8091)
  Workers           one process per queue; health and metrics on :9101-9107 (/health, /metrics)
  Logs              .data/logs/
Place an order:     make order
Stop everything:    make down
TXT
