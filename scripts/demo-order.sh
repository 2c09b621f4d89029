#!/usr/bin/env bash
# Places one order with the temporal CLI and waits for its ledger. Usage: demo-order.sh [TOKEN]
# (tok_ok, tok_decline, tok_never). Needs `make up`: the input goes through its codec server
# (encrypted before it reaches Temporal) and the result comes back decrypted.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

token="${1:-tok_ok}"
order_id="demo-$(date +%s)-$RANDOM"
TEMPORAL="$(scripts/install-temporal.sh)"
export TEMPORAL_CODEC_ENDPOINT="${TEMPORAL_CODEC_ENDPOINT:-http://127.0.0.1:8089}"
export TEMPORAL_CODEC_AUTH="${TEMPORAL_CODEC_AUTH:-Bearer ${ORDER_SAGA_OPERATOR_TOKEN:-dev-operator-token}}"
input=$(cat <<JSON
{"orderId":"$order_id","customerId":"c-42","currency":"USD",
 "items":[{"sku":"SKU-1","quantity":2,"unitPrice":"19.99"}],
 "payment":{"method":"card","token":"$token"},
 "shippingAddress":{"name":"Ada Lovelace","line1":"1 Analytical Way","city":"London","postalCode":"N1 9GU","country":"GB"}}
JSON
)
say "placing order $order_id (workflow order-$order_id, token $token)"
"$TEMPORAL" workflow start --address "${TEMPORAL_ADDRESS:-127.0.0.1:7233}" \
  --type OrderWorkflow --task-queue orders --workflow-id "order-$order_id" \
  --search-attribute 'CustomerId="c-42"' --input "$input" >/dev/null
say "following it (Web UI: http://127.0.0.1:8233/namespaces/default/workflows/order-$order_id)"
"$TEMPORAL" workflow result --address "${TEMPORAL_ADDRESS:-127.0.0.1:7233}" \
  --workflow-id "order-$order_id" --output json
