#!/bin/sh
# Registers what order-saga needs on a fresh Temporal cluster: the namespace and the custom search
# attributes listed in config/search-attributes.txt (Name=Type per line; in compose mounted as
# $SEARCH_ATTRIBUTES_FILE, default /scripts/search-attributes.txt).
# Idempotent: whatever exists is left as it is. Returns once each search attribute answers a
# visibility query on the frontend (a new one takes a few seconds to become usable).
set -eu
: "${TEMPORAL_ADDRESS:?}"
ns="${TEMPORAL_NAMESPACE:-default}"
retention="${TEMPORAL_NAMESPACE_RETENTION:-72h}"

i=0
until temporal operator cluster health --address "$TEMPORAL_ADDRESS" >/dev/null 2>&1; do
  i=$((i + 1))
  [ "$i" -lt 60 ] || { echo "Temporal at $TEMPORAL_ADDRESS is not healthy" >&2; exit 1; }
  sleep 2
done

if temporal operator namespace describe --address "$TEMPORAL_ADDRESS" --namespace "$ns" >/dev/null 2>&1; then
  echo "namespace $ns exists"
else
  temporal operator namespace create --address "$TEMPORAL_ADDRESS" --namespace "$ns" --retention "$retention"
fi

i=0
until existing="$(temporal operator search-attribute list --address "$TEMPORAL_ADDRESS" --namespace "$ns" 2>/dev/null)"; do
  i=$((i + 1))
  [ "$i" -lt 60 ] || { echo "namespace $ns did not become usable" >&2; exit 1; }
  sleep 1
done
while read -r sa <&3; do
  case "$sa" in '' | '#'*) continue ;; esac
  name="${sa%%=*}"
  type="${sa##*=}"
  if printf '%s\n' "$existing" | grep -qw "$name"; then
    echo "search attribute $name exists"
  else
    temporal operator search-attribute create --address "$TEMPORAL_ADDRESS" --namespace "$ns" \
      --name "$name" --type "$type"
  fi
  i=0
  until temporal workflow count --address "$TEMPORAL_ADDRESS" --namespace "$ns" \
    --query "$name IS NULL" >/dev/null 2>&1; do
    i=$((i + 1))
    [ "$i" -lt 60 ] || { echo "search attribute $name did not become queryable" >&2; exit 1; }
    sleep 1
  done
done 3<"${SEARCH_ATTRIBUTES_FILE:-/scripts/search-attributes.txt}"
echo "namespace $ns and search attributes are registered"
