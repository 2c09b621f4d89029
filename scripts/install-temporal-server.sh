#!/usr/bin/env bash
# Builds Temporal's own server and its SQL schema tool (Go modules, pinned) into
# .tools/temporal-server/<version>/ as temporal-server and temporal-sql-tool, reusing them when
# present, and makes sure PostgreSQL's server programs are installed (Debian's package when missing).
# Prints the directory holding both binaries. Exits non-zero, saying why, when it cannot.
# The first build takes several minutes of CPU; later runs reuse the binaries at once, and a run
# while another builds waits for it.
#   --can-build   exits 0 when the binaries are there or Go is, without building
#   --background  starts the build (niced, log in .tools/temporal-server/build.log) and returns
#   --ui          instead builds Temporal's Web UI server (github.com/temporalio/ui-server/v2 at
#                 ui_version of config/temporal/version; the module embeds the built UI) into
#                 .tools/temporal-ui/<ui_version>/temporal-ui-server and prints that file's path
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION="${TEMPORAL_SERVER_VERSION:-$(sed -n 's/^version=//p' config/temporal/version)}"
UI_VERSION="$(sed -n 's/^ui_version=//p' config/temporal/version)"
DIR="$PWD/.tools/temporal-server/$VERSION"
mkdir -p .tools/temporal-server

case "${1:-}" in
  --can-build)
    [ -x "$DIR/temporal-server" ] || command -v go >/dev/null 2>&1
    exit
    ;;
  --background)
    nohup nice -n 10 "$0" >.tools/temporal-server/build.log 2>&1 &
    exit 0
    ;;
  --ui)
    UI="$PWD/.tools/temporal-ui/$UI_VERSION/temporal-ui-server"
    mkdir -p "$(dirname "$UI")"
    exec 9>"$(dirname "$UI")/install.lock"
    flock 9
    if [ ! -x "$UI" ]; then
      command -v go >/dev/null 2>&1 || { echo "the Web UI server needs Go to build" >&2; exit 1; }
      echo "building Temporal's Web UI server $UI_VERSION (about a minute on the first run)" >&2
      build="$(mktemp -d)"
      trap 'rm -rf "$build"' EXIT
      GOBIN="$build" CGO_ENABLED=0 GOFLAGS="-trimpath" go install -ldflags "-s -w" \
        "github.com/temporalio/ui-server/v2/cmd/server@$UI_VERSION" >&2
      mv "$build/server" "$UI"
    fi
    echo "$UI"
    exit 0
    ;;
esac

exec 9>.tools/temporal-server/install.lock
flock 9

if [ ! -x "$DIR/temporal-server" ] || [ ! -x "$DIR/temporal-sql-tool" ]; then
  if ! command -v go >/dev/null 2>&1; then
    echo "the Temporal cluster needs Go 1.26 or newer to build go.temporal.io/server@$VERSION;" \
      "install Go (or use the dev server: make up without ORDER_SAGA_TEMPORAL=cluster)" >&2
    exit 1
  fi
  echo "building Temporal server $VERSION and its schema tool with $(go version | cut -d' ' -f3)" \
    "(several minutes on the first run)" >&2
  build="$(mktemp -d)"
  trap 'rm -rf "$build"' EXIT
  GOBIN="$build" CGO_ENABLED=0 GOFLAGS="-trimpath" go install -ldflags "-s -w" \
    "go.temporal.io/server/cmd/server@$VERSION" "go.temporal.io/server/cmd/tools/sql@$VERSION" >&2
  mkdir -p "$DIR"
  mv "$build/sql" "$DIR/temporal-sql-tool"
  mv "$build/server" "$DIR/temporal-server"
fi

if ! scripts/postgres-bin.sh >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "the Temporal cluster needs PostgreSQL: run 'sudo apt-get install -y postgresql'" >&2
    exit 1
  fi
  echo "installing PostgreSQL (apt-get)" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  scripts/postgres-bin.sh >/dev/null
fi
echo "$DIR"
