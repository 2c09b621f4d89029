package dev.ordersaga.bench.report;

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
    double historyKb) {}
