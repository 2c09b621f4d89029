#!/usr/bin/env bash
# Makes sure Debian's chromium is present for the Web UI test (e2e WebUiIT): installs it with
# apt-get when missing. Exits non-zero, saying why, when it cannot.
set -euo pipefail

if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "the Web UI test needs Debian's chromium: run 'sudo apt-get install -y chromium'" >&2
  exit 1
fi
echo "installing chromium for the Web UI test (apt-get)" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
