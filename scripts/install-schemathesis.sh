#!/usr/bin/env bash
# Installs the pinned schemathesis (PyPI), the API fuzzer of the e2e FuzzIT, into .tools/, reusing it
# when present. Prints the path of its CLI. Exits non-zero, saying why, when it cannot be installed.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/pypi-tool.sh

install_pypi_tool schemathesis schemathesis "${SCHEMATHESIS_VERSION:-4.32.5}" schemathesis-venv
