# order-saga: the two commands are `make up` (run the system) and `make test` (pass the tests).
SHELL := /bin/bash
JAVA_HOME := $(shell scripts/java-home.sh)
export JAVA_HOME
MVN := ./mvnw -B -ntp

.PHONY: test build up down status trace order demo format clean check-deploy bench check-build-beside chaos

## test: build every module and run every test: unit, time-skipping workflow and replay tests, then
## end-to-end tests against the real Temporal dev server, the schemathesis API fuzzer among them, and
## a named part of them again on Temporal's own server as separate services on PostgreSQL (installs
## the pinned temporal CLI and schemathesis, Debian's chromium for the Web UI test and Debian's
## prometheus for the alert tests, first; builds
## the Temporal server and Jaeger with Go in the background while the unit tests run, the tests that
## need them skipped without Go)
test:
	scripts/install-temporal.sh >/dev/null
	scripts/install-schemathesis.sh >/dev/null
	scripts/install-chromium.sh
	@scripts/install-prometheus.sh >/dev/null \
	  || echo "WARNING: no Prometheus: the alert tests (AlertsIT) are skipped"
	@if scripts/install-jaeger.sh --can-build; then \
	  scripts/install-jaeger.sh --background; \
	else \
	  echo "WARNING: no Go: the trace tests (TraceIT) are skipped: Jaeger cannot be built"; \
	fi
	@if scripts/install-temporal-server.sh --can-build; then \
	  scripts/install-temporal-server.sh --background; \
	else \
	  echo "WARNING: no Go: the end-to-end tests on the Temporal cluster are skipped (the dev server's run)"; \
	fi
	$(MVN) verify $$(scripts/install-temporal-server.sh --can-build || echo -De2e.cluster.skip=true)

## build: compile and package the runnable jars, skipping tests
build:
	$(MVN) -q -DskipTests package

## up: start Temporal dev server, Jaeger (traces; ORDER_SAGA_TRACING=off leaves it out), sandbox, one
## worker per task queue, the API and Prometheus (rules of deploy/prometheus), each restarted when it
## exits; the Java processes from jar copies under .data/run/ (see README)
up:
	scripts/up.sh

## down: stop exactly what `make up` started, by recorded pid
down:
	scripts/down.sh

## status: what `make up` started, whether each runs and is healthy, how often it was restarted;
## exits 1 naming any process that is down or unhealthy
status:
	scripts/status.sh

## check-build-beside: on a running `make up`, checks no process runs a build output, rewrites the
## jars under */target/ in place, and checks the stack still completes an order (seconds)
check-build-beside:
	scripts/check-build-beside.sh

## trace: one order's traces as span trees from the trace store (make trace ORDER=<order id>)
trace:
	scripts/trace.sh "$(ORDER)"

## order: place one demo order through the temporal CLI and follow it to its end
order:
	scripts/demo-order.sh

## demo: a happy, a declined and a cancelled order through the REST API, and how each ended
demo:
	scripts/demo.sh

## check-deploy: validate deploy/ offline (Dockerfile lint, compose parsing and schema, Kubernetes, KEDA and
## Prometheus Operator schemas, promtool check and test of the rules, the Grafana dashboard, cross-checks);
## installs pinned PyPI tools into .tools/deploy-venv and Debian's prometheus (promtool) on first run
check-deploy:
	scripts/check-deploy.sh

## bench: build, then measure on a stack of its own (free ports, data under bench/target/): front door
## vs a synchronous baseline, saga vs floor, parked orders, cost growth. Writes bench/results/*.json and
## docs/benchmarks.md (+ .png). Not part of make test. Within 10 minutes on 2 cores, the build included;
## parks 300 orders; BENCH_FULL=1 is the full run (6,000 parked, longer levels and rounds, about half an hour);
## BENCH_PARKED=10000 BENCH_PHASES=parked measures that phase alone with 10,000 (bench/README.md). Its
## processes run with tracing off unless ORDER_SAGA_TRACING says otherwise, but for the tracing phase's
## traced rounds (spans to a Jaeger of its own: the cost of tracing, bench/README.md).
bench:
	$(MVN) -q -DskipTests package
	scripts/install-temporal.sh >/dev/null
	scripts/install-temporal-server.sh >/dev/null
	ORDER_SAGA_TRACING=$${ORDER_SAGA_TRACING:-off} "$(JAVA_HOME)/bin/java" -jar bench/target/order-saga-bench.jar

## chaos: a soak, not part of make test (about 5 min plus the build; loopback only): 240 orders of mixed outcomes
## through a stack of its own on free ports while each worker, the API and the Temporal server are
## SIGKILLed and restarted and providers fail; then checks the sandbox's books and prints one
## summary line (also e2e/target/chaos-summary.txt). CHAOS_ORDERS changes the count.
chaos:
	scripts/install-temporal.sh >/dev/null
	flock /tmp/order-saga-e2e.lock $(MVN) verify -pl e2e -am -Dit.test=ChaosSoak -Dtest=none \
	  -Dsurefire.failIfNoSpecifiedTests=false -De2e.cluster.skip=true -Dchaos.orders=$${CHAOS_ORDERS:-240}

## format: apply google-java-format to every module
format:
	$(MVN) spotless:apply

clean:
	$(MVN) -q clean
