#!/usr/bin/env bash
# Prints the traces of one order as span trees, from the trace store's query API (Jaeger, which
# `make up` starts): each span's start offset and duration, its service, its name, and the saga's
# attributes (step, attempt, undo) and errors. An order has one trace for its placing and its
# steps, and one per later call (cancel, review, webhook). Jaeger's Go module carries no web UI,
# so this is how to look at a trace without one.
#   scripts/trace.sh ORDER_ID        (make trace ORDER=ORDER_ID)
# JAEGER_URL (default http://127.0.0.1:16686) names another store.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 ORDER_ID" >&2; exit 64; }
exec python3 - "$1" "${JAEGER_URL:-http://127.0.0.1:16686}" <<'PY'
import json, sys, urllib.parse, urllib.request

order_id, jaeger = sys.argv[1], sys.argv[2].rstrip("/")

def get(path):
    try:
        with urllib.request.urlopen(jaeger + path, timeout=10) as answer:
            return json.load(answer)
    except OSError as e:
        sys.exit(f"trace store at {jaeger} did not answer: {e}")

tags = urllib.parse.quote(json.dumps({"order.id": order_id}))
ids = []
for service in [s for s in get("/api/services").get("data") or [] if s.startswith("order-saga")]:
    for trace in get(f"/api/traces?service={service}&tags={tags}&limit=50&lookback=7d").get("data") or []:
        if trace["traceID"] not in ids:
            ids.append(trace["traceID"])
if not ids:
    sys.exit(f"no trace of order {order_id} in {jaeger} (tracing off, or older than the store keeps)")

SHOWN = ("saga.step", "temporal.activity.attempt", "http.response.status_code")
for trace_id in ids:
    trace = get(f"/api/traces/{trace_id}")["data"][0]
    spans = {s["spanID"]: s for s in trace["spans"]}
    children = {}
    for span in trace["spans"]:
        parents = [r["spanID"] for r in span.get("references", []) if r["spanID"] in spans]
        children.setdefault(parents[0] if parents else None, []).append(span)
    start = min(s["startTime"] for s in trace["spans"])
    end = max(s["startTime"] + s["duration"] for s in trace["spans"])
    print(f"trace {trace_id}: {len(spans)} spans, {(end - start) / 1e6:.3f} s")

    def show(span, depth):
        tags = {t["key"]: t["value"] for t in span.get("tags", [])}
        service = trace["processes"][span["processID"]]["serviceName"]
        notes = [f"{k.split('.')[-1]}={tags[k]}" for k in SHOWN if k in tags]
        if str(tags.get("saga.compensation")).lower() == "true":
            notes.append("undo")
        if tags.get("otel.status_code") == "ERROR" or tags.get("error") is True:
            notes.append("ERROR " + str(tags.get("otel.status_description", "")).strip())
        print(f"{(span['startTime'] - start) / 1000:>9.1f} ms {span['duration'] / 1000:>9.1f} ms  "
              f"{service:<30} {'  ' * depth}{span['operationName']}  {' '.join(notes)}".rstrip())
        for child in sorted(children.get(span["spanID"], []), key=lambda s: s["startTime"]):
            show(child, depth + 1)

    for root in sorted(children.get(None, []), key=lambda s: s["startTime"]):
        show(root, 0)
PY
