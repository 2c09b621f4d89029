package dev.ordersaga.bench.report;

import java.util.Map;

/**
 * One level of cost growth: {@code clients} submitters each placing an order through the API and
 * waiting for it to complete, on a zero-latency sandbox.
 *
 * @param ordersPerSec completed orders per second
 * @param p50Ms submit to completed, median
 * @param p99Ms submit to completed, 99th percentile
 * @param submitP99Ms {@code POST /orders} alone, 99th percentile
 * @param cpuCores cores each process used (CPU seconds per wall second)
 * @param busiest the stack process that used the most CPU
 */
public record GrowthRow(
    int clients,
    double ordersPerSec,
    double p50Ms,
    double p99Ms,
    double submitP99Ms,
    int failures,
    Map<String, Double> cpuCores,
    String busiest) {}
