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
./mvnw -B -ntp -q -DskipTests package -pl activities -am
mapfile -t queues < <("$JAVA" -jar activities/target/order-saga-worker.jar --list-queues | grep -vx orders)

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
while [ "$(completed)" -lt "$count" ]; do
  for queue in "${queues[@]}"; do
    backlog=$("$TEMPORAL" task-queue describe --task-queue "$queue" --task-queue-type activity \
      --output json | jq '[.stats[]?.approximateBacklogCount] | add // 0')
    [ "$backlog" -gt "${peak[$queue]:-0}" ] && peak[$queue]=$backlog
  done
  sleep 0.5
done
done_at=$(date +%s.%N)
awk -v n="$count" -v s="$started" -v p="$placed" -v d="$done_at" 'BEGIN {
  printf "%d orders: placed in %.1f s, all COMPLETED after %.1f s: %.1f orders/s end to end\n",
    n, p - s, d - s, n / (d - s) }'
for queue in "${queues[@]}"; do
  echo "peak backlog $queue: ${peak[$queue]:-0}"
done
