#!/usr/bin/env bash
# The supervised child of SuperviseScriptTest: its first run exits at once (so that the supervisor
# restarts it); every later run marks itself `ready`, waits, and on TERM writes the marker `stopped`
# and exits.
dir="$(dirname "$0")"
echo run >>"$dir/runs"
if [ "$(wc -l <"$dir/runs")" -eq 1 ]; then
  exit 3
fi
trap 'echo stopped >>"$dir/stopped"; exit 0' TERM
touch "$dir/ready"
while :; do
  sleep 0.1
done
