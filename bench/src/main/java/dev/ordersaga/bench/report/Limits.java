package dev.ordersaga.bench.report;

import static dev.ordersaga.bench.report.BenchmarkPage.cores;
import static dev.ordersaga.bench.report.BenchmarkPage.format;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The figures of the page's closing note, the three ratios and what limits each, formatted as the
 * note prints them; the note's words are in {@code benchmarks.md.mustache}.
 *
 * @param extraEvents history events a saga order has beyond a floor workflow: the measured averages
 *     when the run has them, else the single workflows run after the measurements
 * @param sagaCpuMs CPU milliseconds of every process together per completed saga order
 * @param cpuRatio the saga's CPU per order over the floor's, every process counted
 * @param cpuRatioWithoutSandbox the same without the sandbox's share (it stands in for providers)
 * @param saturation the first cost-growth level after which more submitters add under 10%
 * @param top the last cost-growth level
 */
record Limits(
    String frontDoorP50,
    String frontDoorP99,
    String sagaOverFloor,
    String sagaPerSec,
    String floorPerSec,
    int extraEvents,
    String sagaCores,
    String floorCores,
    String sagaCpuMs,
    String sagaCpuByProcess,
    String floorCpuMs,
    String floorCpuByProcess,
    String cpuRatio,
    String cpuRatioWithoutSandbox,
    GrowthRow saturation,
    String saturationPerSec,
    GrowthRow top,
    String topCores,
    String totalCores,
    String parkedHeapMb,
    String drainSeconds,
    String drainPerSec) {

  static Limits of(BenchResult r) {
    Map<String, Double> ratios = r.ratios();
    List<GrowthRow> growth = r.costGrowth();
    GrowthRow top = growth.get(growth.size() - 1);
    GrowthRow saturation = saturation(growth);
    double withoutSandbox = cpuMsPerOrder(r.saga()) - sandboxMsPerOrder(r.saga());
    double floorWithoutSandbox = cpuMsPerOrder(r.floor()) - sandboxMsPerOrder(r.floor());
    return new Limits(
        format("%.1f", ratios.get("frontDoorSyncOverAsyncP50")),
        format("%.1f", ratios.get("frontDoorSyncOverAsyncP99")),
        format("%.2f", ratios.get("sagaOverFloor")),
        format("%.1f", r.sagaOrdersPerSec()),
        format("%.1f", r.floorOrdersPerSec()),
        extraEvents(r),
        format("%.2f", sum(r.saga().cpuCores())),
        format("%.2f", sum(r.floor().cpuCores())),
        format("%.0f", cpuMsPerOrder(r.saga())),
        perOrder(r.saga()),
        format("%.0f", cpuMsPerOrder(r.floor())),
        perOrder(r.floor()),
        format("%.2f", cpuMsPerOrder(r.saga()) / cpuMsPerOrder(r.floor())),
        format("%.2f", withoutSandbox / floorWithoutSandbox),
        saturation,
        format("%.1f", saturation.ordersPerSec()),
        top,
        cores(top.cpuCores()),
        format("%.2f", sum(top.cpuCores())),
        format("%.1f", r.parkedHeapMb()),
        format("%.1f", r.drainSeconds()),
        format("%.1f", r.drainSeconds() == 0 ? 0 : r.parked().completed() / r.drainSeconds()));
  }

  private static int extraEvents(BenchResult r) {
    if (r.saga().history() != null && r.floor().history() != null) {
      return (int) Math.round(r.saga().history().events() - r.floor().history().events());
    }
    return r.historyEvents().get("sagaHappyPath") - r.historyEvents().get("floor");
  }

  private static double sum(Map<String, Double> cpuCores) {
    return cpuCores.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  /** CPU milliseconds of every process together per completed order. */
  private static double cpuMsPerOrder(ThroughputResult t) {
    return msPerOrder(sum(t.cpuCores()), t);
  }

  private static double sandboxMsPerOrder(ThroughputResult t) {
    return msPerOrder(t.cpuCores().getOrDefault("sandbox", 0.0), t);
  }

  private static String perOrder(ThroughputResult t) {
    return t.cpuCores().entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .map(e -> format("%s %.0f", e.getKey(), msPerOrder(e.getValue(), t)))
        .collect(Collectors.joining(", "));
  }

  /** {@code cores} of CPU, spread over the orders {@code t} completed each second, in ms each. */
  private static double msPerOrder(double cores, ThroughputResult t) {
    return t.perSecond() == 0 ? 0 : cores / t.perSecond() * 1000;
  }

  /** The first level after which more submitters add under 10% throughput. */
  private static GrowthRow saturation(List<GrowthRow> growth) {
    for (int i = 0; i + 1 < growth.size(); i++) {
      if (growth.get(i + 1).ordersPerSec() < growth.get(i).ordersPerSec() * 1.1) {
        return growth.get(i);
      }
    }
    return growth.get(growth.size() - 1);
  }
}
