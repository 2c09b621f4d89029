#!/usr/bin/env bash
# Prints a JAVA_HOME whose JDK is 21 or newer, or fails saying none was found.
# Looks at $JAVA_HOME, the java on PATH, then the JDKs under /usr/lib/jvm and /opt/java.
set -euo pipefail

major_of() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ {print $2; exit}' \
    | cut -d. -f1
}

is_suitable() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && [ "$(major_of "$1")" -ge 21 ] 2>/dev/null
}

if [ -n "${JAVA_HOME:-}" ] && is_suitable "$JAVA_HOME"; then
  echo "$JAVA_HOME"
  exit 0
fi

candidates=()
if command -v javac >/dev/null 2>&1; then
  candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
fi
for dir in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do
  [ -d "$dir" ] && candidates+=("$dir")
done

best=""
best_major=0
for home in "${candidates[@]}"; do
  if is_suitable "$home"; then
    major=$(major_of "$home")
    if [ "$major" -gt "$best_major" ]; then
      best="$home"
      best_major="$major"
    fi
  fi
done

if [ -z "$best" ]; then
  echo "order-saga needs a JDK 21 or newer; none found in JAVA_HOME, PATH or /usr/lib/jvm." >&2
  echo "Install one (e.g. the Debian package openjdk-21-jdk-headless or a Temurin JDK) and retry." >&2
  exit 1
fi
echo "$best"
