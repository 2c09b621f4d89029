#!/usr/bin/env bash
# order-saga container entrypoint: picks the role from the first argument or ORDER_SAGA_ROLE.
#   worker [--queues q1,q2|all] [--config FILE]   (no arguments: --queues "$WORKER_QUEUES" --config "$WORKER_CONFIG")
#   api     [CONFIG]                               (default: $API_CONFIG)
#   sandbox [CONFIG]                               (default: $SANDBOX_CONFIG)
#   codec-server                                   (Temporal's remote codec protocol; CODEC_SERVER_*)
#   health PORT PATH                               (exit 0 on HTTP 200; for container health checks,
#                                                   needs neither curl nor wget in the image)
# JVM flags come from JAVA_TOOL_OPTIONS, which the JVM reads by itself.
set -euo pipefail

role="${1:-${ORDER_SAGA_ROLE:-}}"
if [ $# -gt 0 ]; then shift; fi

case "$role" in
  worker)
    if [ $# -eq 0 ]; then
      set -- --queues "${WORKER_QUEUES:-all}" --config "${WORKER_CONFIG:-/app/config/worker.yml}"
    fi
    exec java -jar /app/lib/order-saga-worker.jar "$@"
    ;;
  api)
    exec java -jar /app/lib/order-saga-api.jar server "${1:-${API_CONFIG:-/app/config/api.yml}}"
    ;;
  codec-server)
    exec java -cp /app/lib/order-saga-worker.jar dev.ordersaga.codecserver.CodecServerMain
    ;;
  sandbox)
    exec java -jar /app/lib/sandbox.jar server "${1:-${SANDBOX_CONFIG:-/app/config/sandbox.yml}}"
    ;;
  health)
    port="${1:?usage: health PORT PATH}"
    path="${2:-/}"
    exec 3<>"/dev/tcp/127.0.0.1/${port}"
    printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$path" >&3
    IFS= read -r -t 5 status <&3 || exit 1
    case "$status" in
      "HTTP/1."?" 200"*) exit 0 ;;
      *) echo "unhealthy: ${status}" >&2; exit 1 ;;
    esac
    ;;
  *)
    echo "usage: order-saga worker|api|codec-server|sandbox|health [ARGS...] (or set ORDER_SAGA_ROLE); got '${role}'" >&2
    exit 64
    ;;
esac
