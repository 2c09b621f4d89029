# shellcheck shell=bash
# Read by bash before scripts/supervise.sh (BASH_ENV): at the restart's fork, after the new child
# started (and set up its TERM handler: the marker `ready`) and before the supervisor has recorded
# its pid (`child=$!`), the supervisor gets TERM, as from `make down` at that instant; the marker
# `term-sent` says it was sent.
forks=0
# shellcheck disable=SC2016
trap 'if [[ $BASH_COMMAND == "child=\$!" ]]; then
  forks=$((forks + 1))
  if [ "$forks" -eq 2 ]; then
    for _ in $(seq 200); do [ -f "$SUPERVISE_TEST_DIR/ready" ] && break; sleep 0.05; done
    touch "$SUPERVISE_TEST_DIR/term-sent"
    kill -TERM $$
  fi
fi' DEBUG
