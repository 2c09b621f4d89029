#!/usr/bin/env bash
# worker-stand-in.sh NAME: a worker for DownScriptTest. On TERM it marks `term-NAME`, waits (up to
# 10 s) until both workers of its stack, worker-a and worker-b, got their TERM, and writes `together`
# or `alone` to `stopped-NAME` before it exits.
dir="$(dirname "$0")"
me="$1"
on_term() {
  touch "$dir/term-$me"
  for _ in $(seq 100); do
    if [ -f "$dir/term-worker-a" ] && [ -f "$dir/term-worker-b" ]; then
      echo together >"$dir/stopped-$me"
      exit 0
    fi
    sleep 0.1
  done
  echo alone >"$dir/stopped-$me"
  exit 0
}
trap on_term TERM
while :; do
  sleep 0.1
done
