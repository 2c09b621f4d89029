package dev.ordersaga.bench.report;

import static dev.ordersaga.bench.report.BenchmarkPage.format;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The page's table of where the cost of one order goes, saga beside floor, from one run: what the
 * engine recorded per workflow and the CPU each process spent per completed workflow.
 *
 * @param sampled histories read per side
 * @param rows one line per figure
 */
record CostBreakdown(int sampled, List<Row> rows) {
  /** One figure per order: saga, floor, saga ÷ floor. */
  record Row(String figure, String saga, String floor, String ratio) {}

  private static final String SANDBOX = "sandbox";
  private static final String TOTAL = "total";

  /** Empty when the run has no breakdown (recorded before it was measured). */
  static List<CostBreakdown> of(ThroughputResult saga, ThroughputResult floor) {
    if (saga == null || floor == null || saga.history() == null || floor.history() == null) {
      return List.of();
    }
    List<Row> rows = new ArrayList<>();
    history(rows, "history events", saga, floor, HistoryBreakdown::events);
    history(rows, "workflow tasks", saga, floor, HistoryBreakdown::workflowTasks);
    history(rows, "activity tasks", saga, floor, HistoryBreakdown::activityTasks);
    history(
        rows,
        "visibility writes (start, close, one per upsert)",
        saga,
        floor,
        HistoryBreakdown::visibilityWrites);
    history(
        rows, "search-attribute upserts", saga, floor, HistoryBreakdown::searchAttributeUpserts);
    history(rows, "signals", saga, floor, HistoryBreakdown::signals);
    history(rows, "markers", saga, floor, HistoryBreakdown::markers);
    history(rows, "timers", saga, floor, HistoryBreakdown::timers);
    history(rows, "history KiB (as stored)", saga, floor, HistoryBreakdown::historyKb);
    Set<String> processes = new LinkedHashSet<>(saga.cpuMsPerOrder().keySet());
    processes.addAll(floor.cpuMsPerOrder().keySet());
    processes.remove(TOTAL);
    for (String process : processes) {
      rows.add(row("CPU ms: " + process, ms(saga, process), ms(floor, process)));
    }
    rows.add(row("**CPU ms: all processes**", ms(saga, TOTAL), ms(floor, TOTAL)));
    rows.add(
        row(
            "CPU ms: all but the sandbox (providers run elsewhere)",
            ms(saga, TOTAL) - ms(saga, SANDBOX),
            ms(floor, TOTAL) - ms(floor, SANDBOX)));
    return List.of(
        new CostBreakdown(Math.min(saga.history().workflows(), floor.history().workflows()), rows));
  }

  private static void history(
      List<Row> rows,
      String figure,
      ThroughputResult saga,
      ThroughputResult floor,
      ToDoubleFunction<HistoryBreakdown> value) {
    rows.add(
        row(figure, value.applyAsDouble(saga.history()), value.applyAsDouble(floor.history())));
  }

  private static double ms(ThroughputResult t, String process) {
    Map<String, Double> ms = t.cpuMsPerOrder();
    return ms.getOrDefault(process, 0.0);
  }

  private static Row row(String figure, double saga, double floor) {
    return new Row(
        figure,
        format("%.1f", saga),
        format("%.1f", floor),
        floor == 0 ? "–" : format("%.2f", saga / floor));
  }
}
