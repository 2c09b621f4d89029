package dev.ordersaga.bench.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Completed workflows per second with {@code clients} kept in flight, started through the Temporal
 * client, on a zero-latency sandbox; and the CPU it cost each process.
 *
 * @param cpuCores CPU of each process over the measurement, in cores
 * @param cpuMsPerOrder CPU of each process per completed workflow, in milliseconds, and their
 *     {@code total}
 * @param history what the engine recorded per workflow, from a sample of the measured ones
 */
public record ThroughputResult(
    int clients,
    double perSecond,
    double p50Ms,
    double p99Ms,
    int completed,
    int failures,
    Map<String, Double> cpuCores,
    Map<String, Double> cpuMsPerOrder,
    HistoryBreakdown history) {

  /** {@code cores} of each process spread over {@code perSecond} orders, in ms each, rounded. */
  public static Map<String, Double> msPerOrder(Map<String, Double> cores, double perSecond) {
    Map<String, Double> ms = new LinkedHashMap<>();
    cores.forEach(
        (name, c) -> ms.put(name, perSecond == 0 ? 0 : Math.round(c / perSecond * 1e4) / 10.0));
    double total = cores.values().stream().mapToDouble(Double::doubleValue).sum();
    ms.put("total", perSecond == 0 ? 0 : Math.round(total / perSecond * 1e4) / 10.0);
    return ms;
  }
}
