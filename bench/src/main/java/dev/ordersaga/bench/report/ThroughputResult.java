package dev.ordersaga.bench.report;

import java.util.Map;

/**
 * Completed workflows per second with {@code clients} kept in flight, started through the Temporal
 * client, on a zero-latency sandbox; and the CPU it cost each process.
 */
public record ThroughputResult(
    int clients,
    double perSecond,
    double p50Ms,
    double p99Ms,
    int completed,
    int failures,
    Map<String, Double> cpuCores) {}
