package dev.ordersaga.bench.report;

/**
 * The front door under {@code clients} concurrent clients: {@code POST /orders} (async, answers 202
 * once the workflow is started) beside {@code POST /bench/sync-orders} (sync, answers when every
 * step is done), with the sandbox at realistic latencies.
 */
public record FrontDoorRow(
    int clients,
    double asyncP50Ms,
    double asyncP99Ms,
    int asyncCalls,
    double syncP50Ms,
    double syncP99Ms,
    int syncCalls,
    int failures) {}
