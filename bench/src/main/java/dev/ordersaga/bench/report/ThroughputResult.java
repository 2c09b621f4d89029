package dev.ordersaga.bench.report;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

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

  /**
   * The rounds of one side as one result: orders/s, p50, p99 and each process's cores the mean over
   * the rounds (windows of equal length), completed and failures their sums, CPU per order the mean
   * cores over the mean orders/s (every round's CPU over every round's orders), the history the
   * mean over every sampled workflow.
   *
   * @throws IllegalArgumentException when there is no round
   */
  public static ThroughputResult mean(List<ThroughputResult> rounds) {
    if (rounds.isEmpty()) {
      throw new IllegalArgumentException("no round to average");
    }
    double perSecond = round(mean(rounds, ThroughputResult::perSecond), 100);
    Set<String> processes = new LinkedHashSet<>();
    rounds.forEach(r -> processes.addAll(r.cpuCores().keySet()));
    Map<String, Double> cores = new LinkedHashMap<>();
    for (String process : processes) {
      cores.put(process, round(mean(rounds, r -> r.cpuCores().getOrDefault(process, 0.0)), 100));
    }
    return new ThroughputResult(
        rounds.get(0).clients(),
        perSecond,
        round(mean(rounds, ThroughputResult::p50Ms), 10),
        round(mean(rounds, ThroughputResult::p99Ms), 10),
        rounds.stream().mapToInt(ThroughputResult::completed).sum(),
        rounds.stream().mapToInt(ThroughputResult::failures).sum(),
        cores,
        msPerOrder(cores, perSecond),
        HistoryBreakdown.mean(
            rounds.stream().map(ThroughputResult::history).filter(h -> h != null).toList()));
  }

  /** {@code cores} of each process spread over {@code perSecond} orders, in ms each, rounded. */
  public static Map<String, Double> msPerOrder(Map<String, Double> cores, double perSecond) {
    Map<String, Double> ms = new LinkedHashMap<>();
    cores.forEach(
        (name, c) -> ms.put(name, perSecond == 0 ? 0 : Math.round(c / perSecond * 1e4) / 10.0));
    double total = cores.values().stream().mapToDouble(Double::doubleValue).sum();
    ms.put("total", perSecond == 0 ? 0 : Math.round(total / perSecond * 1e4) / 10.0);
    return ms;
  }

  private static double mean(List<ThroughputResult> rounds, ToDoubleFunction<ThroughputResult> f) {
    return rounds.stream().mapToDouble(f).average().orElseThrow();
  }

  private static double round(double value, double scale) {
    return Math.round(value * scale) / scale;
  }
}
