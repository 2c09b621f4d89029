#!/usr/bin/env bash
# Makes sure Prometheus and promtool are installed (Debian's package `prometheus`, 2.42, when either
# is missing) and prints the directory holding both. Exits non-zero, saying why, when it cannot.
# Installing never starts the package's own service: a policy-rc.d that refuses every start is in
# place while apt-get runs, and the recommended node exporter is left out.
#   --check   exits 0 when both are installed, without installing
set -euo pipefail

# binaries_dir: the directory of prometheus and promtool, when both are on PATH side by side.
binaries_dir() {
  local prometheus promtool
  prometheus="$(command -v prometheus 2>/dev/null)" || return 1
  promtool="$(command -v promtool 2>/dev/null)" || return 1
  [ "$(dirname "$prometheus")" = "$(dirname "$promtool")" ] || return 1
  dirname "$prometheus"
}

if dir="$(binaries_dir)"; then
  echo "$dir"
  exit 0
fi
[ "${1:-}" != --check ] || exit 1

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Prometheus is not installed: run 'sudo apt-get install -y --no-install-recommends prometheus'" \
    "(Debian's package brings promtool)" >&2
  exit 1
fi

POLICY=/usr/sbin/policy-rc.d
if [ ! -e "$POLICY" ]; then
  printf '#!/bin/sh\n# scripts/install-prometheus.sh: no service starts while it installs\nexit 101\n' >"$POLICY"
  chmod 755 "$POLICY"
  trap 'rm -f "$POLICY"' EXIT
fi
echo "installing Prometheus (apt-get install prometheus, its service not started)" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >/dev/null
binaries_dir || { echo "apt-get installed prometheus, but prometheus and promtool are not on PATH" >&2; exit 1; }
