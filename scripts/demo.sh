#!/usr/bin/env bash
# Places a happy order, one the payment provider declines, one the fraud check declines (a customer
# on the sandbox's deny list) and a cancelled one through the REST API, and shows how each ended and
# why. Needs `make up`.
source "$(dirname "$0")/lib.sh"

API="${ORDER_SAGA_API:-http://127.0.0.1:8080}"
TOKEN="${ORDER_SAGA_SERVICE_TOKEN:-dev-service-token}"
AUTH=(-H "Authorization: Bearer $TOKEN")

# order_body TOKEN [CUSTOMER]
order_body() {
  cat <<JSON
{"customerId":"${2:-c-demo}","currency":"USD","items":[{"sku":"SKU-1","quantity":1,"unitPrice":"19.99"}],
 "payment":{"method":"card","token":"$1"},
 "shippingAddress":{"name":"Ada Lovelace","line1":"1 Analytical Way","city":"London","postalCode":"N1 9GU","country":"GB"}}
JSON
}

field() { python3 -c "import json,sys; print(json.load(sys.stdin).get('$1',''))"; }

# place TOKEN [CUSTOMER]: the new order's id
place() {
  curl -fsS -X POST "$API/orders" "${AUTH[@]}" -H 'Content-Type: application/json' \
    -d "$(order_body "$@")" | field orderId
}

status_of() { curl -fsS "$API/orders/$1" "${AUTH[@]}" | field status; }

reason_of() { curl -fsS "$API/orders/$1" "${AUTH[@]}" | field statusReason; }

# follow ORDER_ID: waits (60 s at most) until the order is COMPLETED, CANCELLED or FAILED.
follow() {
  local status deadline=$((SECONDS + 60))
  while :; do
    status="$(status_of "$1")"
    case "$status" in COMPLETED | CANCELLED | FAILED | COMPENSATION_FAILED) break ;; esac
    [ "$SECONDS" -ge "$deadline" ] && break
    sleep 0.5
  done
  echo "$status"
}

happy="$(place tok_ok)"
say "happy order $happy (tok_ok) ended: $(follow "$happy")"

declined="$(place tok_decline)"
say "declined order $declined (tok_decline) ended: $(follow "$declined")"

fraud="$(place tok_ok risk-decline-demo)"
say "fraud-checked order $fraud (customer risk-decline-demo) ended: $(follow "$fraud"): $(reason_of "$fraud")"

cancelled="$(place tok_never)"
deadline=$((SECONDS + 30))
until [ "$(status_of "$cancelled")" = AWAITING_PAYMENT ] || [ "$SECONDS" -ge "$deadline" ]; do sleep 0.3; done
code="$(curl -s -o /dev/null -w '%{http_code}' -X POST "$API/orders/$cancelled/cancel" "${AUTH[@]}" \
  -H 'Content-Type: application/json' -d '{"reason":"changed my mind"}')"
say "cancel of $cancelled answered $code; it ended: $(follow "$cancelled")"
say "every order in the Web UI: http://127.0.0.1:8233/namespaces/default/workflows"
