#!/bin/sh
# Creates Temporal's two databases and brings their schemas up to the version this admin-tools
# image ships. Safe to run again: an existing database or base schema is kept, update-schema only
# applies what is missing (it is the step whose failure fails the job).
set -eu
: "${POSTGRES_SEEDS:?}" "${POSTGRES_USER:?}" "${SQL_PASSWORD:?}"
port="${DB_PORT:-5432}"
schema_root=/etc/temporal/schema/postgresql/v12

echo "waiting for PostgreSQL on ${POSTGRES_SEEDS}:${port}"
i=0
until nc -z -w 2 "$POSTGRES_SEEDS" "$port"; do
  i=$((i + 1))
  [ "$i" -lt 60 ] || { echo "PostgreSQL did not open its port" >&2; exit 1; }
  sleep 1
done

sql() { temporal-sql-tool --plugin postgres12 --ep "$POSTGRES_SEEDS" -p "$port" -u "$POSTGRES_USER" "$@"; }

for db in temporal:temporal temporal_visibility:visibility; do
  name="${db%%:*}"
  dir="${db##*:}"
  sql --db "$name" create || echo "database $name already exists"
  sql --db "$name" setup-schema -v 0.0 || echo "base schema of $name already set up"
  sql --db "$name" update-schema -d "$schema_root/$dir/versioned"
done
echo "Temporal schemas are up to date"
