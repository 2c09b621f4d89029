#!/usr/bin/env bash
# Starts Temporal's own server as a cluster for `ORDER_SAGA_TEMPORAL=cluster make up` (called by
# scripts/up.sh), each process under scripts/supervise.sh like the rest of the stack:
#   postgres            a private PostgreSQL 127.0.0.1:15432, data in .data/postgres/data (initdb on
#                       the first run, kept by make down), password drawn into .data/postgres/password
#   temporal-schema     scripts/setup-temporal-schema.sh: databases created, schemas set up/updated
#   temporal-history, temporal-matching, temporal-frontend, temporal-worker
#                       one process each, config/temporal/server.yaml + dynamicconfig.yaml, started one
#                       after another (together they race on the cluster metadata); gRPC 7234, 7235,
#                       7233 (the frontend, where everything else connects), 7239; metrics 9201-9204
#   namespace           scripts/register-temporal-namespace.sh: namespace default + search attributes
#   temporal-ui         the Web UI server on :8233 with the codec server, when it builds (Go)
# Already running parts are left as they are. Logs: .data/logs/<name>.log.
# shellcheck source=/dev/null
source "$(dirname "$0")/lib.sh"
cd "$ROOT" || exit 1

PG_HOME="$DATA/postgres"
PG_PORT=15432

say "Temporal cluster: building or reusing the server (.data/logs/install-temporal-server.log)"
if ! SERVER_DIR="$(scripts/install-temporal-server.sh 2>>"$LOGS/install-temporal-server.log")"; then
  tail -3 "$LOGS/install-temporal-server.log" >&2
  exit 1
fi
TEMPORAL="$(scripts/install-temporal.sh 2>>"$LOGS/install-temporal.log")"
PG_BIN="$(scripts/postgres-bin.sh)"

as_owner=()
[ "$(id -u)" -ne 0 ] || as_owner=(setpriv --reuid=postgres --regid=postgres --init-groups --)
if [ ! -d "$PG_HOME/data" ]; then
  say "initialising PostgreSQL in .data/postgres/data"
  mkdir -p "$PG_HOME"
  (umask 077 && head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$PG_HOME/password")
  rm -rf "$PG_HOME/data.tmp"
  [ "$(id -u)" -ne 0 ] || chown -R postgres:postgres "$PG_HOME"
  "${as_owner[@]}" "$PG_BIN/initdb" -D "$PG_HOME/data.tmp" -U temporal --pwfile="$PG_HOME/password" \
    -A scram-sha-256 -E UTF8 >>"$LOGS/postgres.log" 2>&1
  mv "$PG_HOME/data.tmp" "$PG_HOME/data"
fi

export POSTGRES_SEEDS=127.0.0.1 DB_PORT="$PG_PORT" POSTGRES_USER=temporal
POSTGRES_PWD="$(cat "$PG_HOME/password")"
export POSTGRES_PWD LOG_LEVEL="${LOG_LEVEL:-warn}" NUM_HISTORY_SHARDS="${NUM_HISTORY_SHARDS:-4}"
export DYNAMIC_CONFIG_FILE_PATH="$ROOT/config/temporal/dynamicconfig.yaml"

STOP_SIGNAL=INT start postgres "$LOGS/postgres.log" scripts/postgres-run.sh "$PG_HOME" "$PG_PORT"
echo "tcp://127.0.0.1:$PG_PORT" >"$PIDS/postgres.health"
wait_for "PostgreSQL on 127.0.0.1:$PG_PORT" 60 "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"

PATH="$SERVER_DIR:$PATH" sh scripts/setup-temporal-schema.sh >>"$LOGS/temporal-schema.log" 2>&1 \
  || { tail -5 "$LOGS/temporal-schema.log" >&2; exit 1; }
say "Temporal's schemas are up to date ($(tail -1 "$LOGS/temporal-schema.log"))"

metrics=9201
temporal_targets=()
for service in history:7234 matching:7235 frontend:7233 worker:7239; do
  name="temporal-${service%%:*}"
  port="${service##*:}"
  PROMETHEUS_ENDPOINT="127.0.0.1:$metrics" start "$name" "$LOGS/$name.log" \
    "$SERVER_DIR/temporal-server" --config-file config/temporal/server.yaml --allow-no-auth \
    start --service "${service%%:*}"
  echo "http://127.0.0.1:$metrics/metrics" >"$PIDS/$name.health"
  wait_for "$name (gRPC on :$port)" 60 bash -c "exec 3<>/dev/tcp/127.0.0.1/$port"
  temporal_targets+=("127.0.0.1:$metrics service=${service%%:*}")
  metrics=$((metrics + 1))
done
scrape_targets temporal "${temporal_targets[@]}"
echo "http://127.0.0.1:7243/api/v1/system-info" >"$PIDS/temporal-frontend.health"

PATH="$(dirname "$TEMPORAL"):$PATH" TEMPORAL_ADDRESS=127.0.0.1:7233 \
  SEARCH_ATTRIBUTES_FILE=config/search-attributes.txt sh scripts/register-temporal-namespace.sh \
  >>"$LOGS/temporal-namespace.log" 2>&1 || { tail -5 "$LOGS/temporal-namespace.log" >&2; exit 1; }

if UI="$(scripts/install-temporal-server.sh --ui 2>>"$LOGS/install-temporal-server.log")"; then
  TEMPORAL_ADDRESS=127.0.0.1:7233 TEMPORAL_UI_PORT=8233 TEMPORAL_CODEC_ENDPOINT=http://127.0.0.1:8089 \
    start temporal-ui "$LOGS/temporal-ui.log" "$UI" --root . --config config/temporal --env ui start
  echo "http://127.0.0.1:8233/api/v1/settings" >"$PIDS/temporal-ui.health"
  wait_for "Temporal Web UI on :8233" 30 curl -fsS http://127.0.0.1:8233/api/v1/settings
else
  say "WARNING: the Web UI server did not build (.data/logs/install-temporal-server.log): no Web UI"
fi
