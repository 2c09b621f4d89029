package dev.ordersaga.bench.report;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * What the engine recorded per workflow, averaged over a sample of the workflows one throughput
 * measurement completed, read from their histories.
 *
 * @param workflows how many histories the averages are over
 * @param events history events
 * @param workflowTasks workflow tasks started (each a poll, a replay step on the worker and a
 *     completion the server persists)
 * @param activityTasks activity tasks scheduled
 * @param searchAttributeUpserts {@code UpsertWorkflowSearchAttributes} events
 * @param visibilityWrites rows the server writes to its visibility store: the start and close
 *     records and one per upsert
 * @param signals signals received
 * @param markers markers recorded (a {@code Workflow.getVersion} change, side effects)
 * @param timers timers started
 * @param historyKb the history's size as the server stores it (serialized events, payloads as the
 *     workers encoded them), in KiB
 */
public record HistoryBreakdown(
    int workflows,
    double events,
    double workflowTasks,
    double activityTasks,
    double searchAttributeUpserts,
    double visibilityWrites,
    double signals,
    double markers,
    double timers,
    double historyKb) {

  /**
   * The breakdowns of several samples as one: each figure averaged over every workflow sampled
   * (each breakdown weighted by its {@code workflows}); null when there is none.
   */
  public static HistoryBreakdown mean(List<HistoryBreakdown> samples) {
    int workflows = samples.stream().mapToInt(HistoryBreakdown::workflows).sum();
    if (workflows == 0) {
      return samples.isEmpty() ? null : samples.get(0);
    }
    return new HistoryBreakdown(
        workflows,
        weighted(samples, workflows, HistoryBreakdown::events),
        weighted(samples, workflows, HistoryBreakdown::workflowTasks),
        weighted(samples, workflows, HistoryBreakdown::activityTasks),
        weighted(samples, workflows, HistoryBreakdown::searchAttributeUpserts),
        weighted(samples, workflows, HistoryBreakdown::visibilityWrites),
        weighted(samples, workflows, HistoryBreakdown::signals),
        weighted(samples, workflows, HistoryBreakdown::markers),
        weighted(samples, workflows, HistoryBreakdown::timers),
        weighted(samples, workflows, HistoryBreakdown::historyKb));
  }

  private static double weighted(
      List<HistoryBreakdown> samples, int workflows, ToDoubleFunction<HistoryBreakdown> figure) {
    return samples.stream().mapToDouble(h -> figure.applyAsDouble(h) * h.workflows()).sum()
        / workflows;
  }
}
