#!/usr/bin/env bash
# Prints the directory of PostgreSQL's server programs (initdb, postgres, pg_ctl): the newest of
# Debian's /usr/lib/postgresql/<major>/bin, else the one on PATH. Exits 1 when none is installed.
set -euo pipefail
for dir in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -t/ -k4 -n -r); do
  if [ -x "$dir/initdb" ] && [ -x "$dir/postgres" ]; then
    echo "$dir"
    exit 0
  fi
done
if command -v initdb >/dev/null 2>&1 && command -v postgres >/dev/null 2>&1; then
  dirname "$(readlink -f "$(command -v postgres)")"
  exit 0
fi
echo "PostgreSQL's server programs (initdb, postgres) are not installed" >&2
exit 1
