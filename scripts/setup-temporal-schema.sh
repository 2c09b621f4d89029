#!/bin/sh
# Creates Temporal's two PostgreSQL databases and brings their schemas up to the version of the
# temporal-sql-tool on PATH (the schemas are embedded in the tool). Safe to run again: an existing
# database or schema is kept and update-schema applies only what is missing. Waits up to a minute
# for PostgreSQL to answer. Used by the local cluster (scripts/temporal-cluster.sh, the e2e and
# bench harness) and by deploy/docker-compose.yml's temporal-schema job: one schema step everywhere.
# Environment (named as in Temporal's server image): POSTGRES_SEEDS, DB_PORT, POSTGRES_USER,
# POSTGRES_PWD, and optionally DB, DBNAME, VISIBILITY_DBNAME.
set -eu
: "${POSTGRES_SEEDS:?}" "${POSTGRES_USER:?}" "${POSTGRES_PWD:?}"

sql() {
  SQL_PASSWORD="$POSTGRES_PWD" temporal-sql-tool --plugin "${DB:-postgres12}" --ep "$POSTGRES_SEEDS" \
    -p "${DB_PORT:-5432}" -u "$POSTGRES_USER" "$@"
}

for db in "${DBNAME:-temporal}:temporal" "${VISIBILITY_DBNAME:-temporal_visibility}:visibility"; do
  name="${db%%:*}"
  schema="postgresql/v12/${db##*:}"
  i=0
  until sql --db "$name" create >/dev/null 2>&1; do
    i=$((i + 1))
    [ "$i" -lt 60 ] || { echo "PostgreSQL on ${POSTGRES_SEEDS}:${DB_PORT:-5432} refused to create $name" >&2; exit 1; }
    sleep 1
  done
  sql --db "$name" setup-schema -v 0.0 >/dev/null 2>&1
  sql --db "$name" update-schema --schema-name "$schema" >/dev/null 2>&1 \
    || { sql --db "$name" update-schema --schema-name "$schema"; exit 1; }
  echo "database $name is at the schema of temporal-sql-tool $(temporal-sql-tool --version | awk '{print $NF}')"
done
