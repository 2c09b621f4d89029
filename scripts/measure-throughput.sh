#!/usr/bin/env bash
# Measures how fast the running system completes a burst of orders: starts N orders (tok_ok) with
# the temporal CLI, P at a time, waits until all are COMPLETED and prints orders/s and the peak
# backlog seen on each activity queue. Needs `make up` (or TEMPORAL_ADDRESS set to a running
# stack). Usage: measure-throughput.sh [N] [P]
set -euo pipefail
cd "$(dirname "$0")/.."

count="${1:-200}"
parallel="${2:-16}"
TEMPORAL="$(scripts/install-temporal.sh)"
export TEMPORAL_ADDRESS="${TEMPORAL_ADDRESS:-127.0.0.1:7233}"
customer="c-measure-$(date +%s)"
JAVA="$(scripts/java-home.sh)/bin/java"
WORKER_JAR=.data/run/order-saga-worker.jar
[ -f "$WORKER_JAR" ] || { echo "no $WORKER_JAR: run make up first" >&2; exit 1; }
mapfile -t queues < <("$JAVA" -jar "$WORKER_JAR" --list-queues | grep -vx orders)

place() {
  "$TEMPORAL" workflow start --type OrderWorkflow --task-queue orders --workflow-id "order-$1" \
    --input "{\"orderId\":\"$1\",\"customerId\":\"$customer\",\"currency\":\"USD\",
      \"items\":[{\"sku\":\"SKU-1\",\"quantity\":1,\"unitPrice\":\"1.00\"}],
      \"payment\":{\"method\":\"card\",\"token\":\"tok_ok\"},
      \"shippingAddress\":{\"name\":\"M\",\"line1\":\"1 Way\",\"city\":\"L\",\"postalCode\":\"N1\",\"country\":\"GB\"}}" \
    >/dev/null
}
export -f place
export TEMPORAL customer

completed() {
  "$TEMPORAL" workflow count --query "CustomerId='$customer' AND OrderStatus='COMPLETED'" \
    | awk '{print $NF}'
}

started=$(date +%s.%N)
seq 1 "$count" | sed "s/^/$customer-/" | xargs -P "$parallel" -I{} bash -c 'place {}'
placed=$(date +%s.%N)
declare -A peak
build_id="$("$TEMPORAL" worker deployment describe --name order-saga --output json |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["routingConfig"]["currentVersionBuildID"])')"
# backlogs: "queue count" per activity queue of the current version
backlogs() {
  "$TEMPORAL" worker deployment describe-version --deployment-name order-saga \
    --build-id "$build_id" --report-task-queue-stats --output json |
    python3 -c 'import json, sys
for q in json.load(sys.stdin).get("taskQueuesInfos") or []:
    if q["type"] == "activity": print(q["name"], (q.get("stats") or {}).get("approximateBacklogCount", 0))'
}
while [ "$(completed)" -lt "$count" ]; do
  while read -r queue backlog; do
    [ "$backlog" -gt "${peak[$queue]:-0}" ] && peak[$queue]=$backlog
  done < <(backlogs)
  sleep 0.5
done
done_at=$(date +%s.%N)
awk -v n="$count" -v s="$started" -v p="$placed" -v d="$done_at" 'BEGIN {
  printf "%d orders: placed in %.1f s, all COMPLETED after %.1f s: %.1f orders/s end to end\n",
    n, p - s, d - s, n / (d - s) }'
for queue in "${queues[@]}"; do
  echo "peak backlog $queue: ${peak[$queue]:-0}"
done
