#!/usr/bin/env bash
# Builds Jaeger's all-in-one binary (github.com/jaegertracing/jaeger/cmd/jaeger, the v2 binary:
# OTLP in, query API and UI out; pinned in config/jaeger/version) into .tools/jaeger/<version>/jaeger,
# reusing it when present. Prints the binary's path. Exits non-zero, saying why, when it cannot.
# `go install module@version` refuses Jaeger (its go.mod has replace directives), so it is built in
# a throwaway module that requires it as a tool. The first build takes minutes of CPU; later runs
# reuse the binary at once, and a run while another builds waits for it.
#   --can-build   exits 0 when the binary is there or Go is, without building
#   --background  starts the build (niced, log in .tools/jaeger/build.log) and returns
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION="${JAEGER_VERSION:-$(sed -n 's/^version=//p' config/jaeger/version)}"
BIN="$PWD/.tools/jaeger/$VERSION/jaeger"
mkdir -p .tools/jaeger

case "${1:-}" in
  --can-build)
    [ -x "$BIN" ] || command -v go >/dev/null 2>&1
    exit
    ;;
  --background)
    nohup nice -n 10 "$0" >.tools/jaeger/build.log 2>&1 &
    exit 0
    ;;
esac

exec 9>.tools/jaeger/install.lock
flock 9

if [ ! -x "$BIN" ]; then
  if ! command -v go >/dev/null 2>&1; then
    echo "the trace store needs Go to build github.com/jaegertracing/jaeger@$VERSION;" \
      "install Go (or run with ORDER_SAGA_TRACING=off)" >&2
    exit 1
  fi
  echo "building Jaeger $VERSION with $(go version | cut -d' ' -f3) (minutes on the first run)" >&2
  build="$(mktemp -d)"
  trap 'rm -rf "$build"' EXIT
  (
    cd "$build"
    go mod init jaeger-build >&2 2>/dev/null
    go get -tool "github.com/jaegertracing/jaeger/cmd/jaeger@$VERSION" >&2
    CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$build/jaeger" \
      github.com/jaegertracing/jaeger/cmd/jaeger >&2
  )
  mkdir -p "$(dirname "$BIN")"
  mv "$build/jaeger" "$BIN"
fi
echo "$BIN"
