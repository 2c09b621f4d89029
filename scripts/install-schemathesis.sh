#!/usr/bin/env bash
# Installs the pinned schemathesis (PyPI), the API fuzzer of the e2e FuzzIT, into .tools/, reusing it
# when present. Prints the path of its CLI. Exits non-zero, saying why, when it cannot be installed.
set -euo pipefail
cd "$(dirname "$0")/.."

SCHEMATHESIS_VERSION="${SCHEMATHESIS_VERSION:-4.32.5}"
tools="$PWD/.tools"
venv="$tools/schemathesis-venv"
binary="$tools/bin/schemathesis"

if [ -x "$binary" ] && "$binary" --version 2>/dev/null | grep -q "${SCHEMATHESIS_VERSION}"; then
  echo "$binary"
  exit 0
fi

mkdir -p "$tools/bin"
if [ ! -x "$venv/bin/pip" ]; then
  python3 -m venv "$venv" >&2
fi
"$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==${SCHEMATHESIS_VERSION}" >&2
if ! "$venv/bin/schemathesis" --version >/dev/null 2>&1; then
  echo "schemathesis ${SCHEMATHESIS_VERSION} installed, but its CLI does not run" >&2
  exit 1
fi
ln -sf ../schemathesis-venv/bin/schemathesis "$binary"
echo "$binary"
