package dev.ordersaga.order;

import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;

/**
 * Activity stubs bound to their step's queue. Timeouts and retries are not set here: they come per
 * activity type from the worker's {@code WorkflowImplementationOptions} (step policies).
 */
final class ActivityStubs {
  private ActivityStubs() {}

  /**
   * A stub for a step with effects, on the step's queue, that reads as the step in the Web UI: a
   * cancel waits until the running attempt has ended, so an undo never overtakes the step it
   * undoes.
   */
  static <T> T forward(Class<T> activities, Step step) {
    return stub(
        activities, step, step.summary(), ActivityCancellationType.WAIT_CANCELLATION_COMPLETED);
  }

  /** A stub for the undo of a step, on the step's queue, that reads as that undo in the Web UI. */
  static <T> T undo(Class<T> activities, Step step) {
    return stub(
        activities, step, step.undoSummary(), ActivityCancellationType.WAIT_CANCELLATION_COMPLETED);
  }

  /** A stub for a read-only step: a cancel takes effect at once. */
  static <T> T readOnly(Class<T> activities, Step step) {
    return stub(activities, step, step.summary(), ActivityCancellationType.TRY_CANCEL);
  }

  /** A stub for the one-off status check a provider callback triggers. */
  static <T> T check(Class<T> activities, Step step) {
    return stub(
        activities,
        step,
        step.summary() + ": check now (provider callback)",
        ActivityCancellationType.TRY_CANCEL);
  }

  private static <T> T stub(
      Class<T> activities, Step step, String summary, ActivityCancellationType cancellation) {
    return Workflow.newActivityStub(
        activities,
        ActivityOptions.newBuilder()
            .setTaskQueue(step.taskQueue())
            .setSummary(summary)
            .setCancellationType(cancellation)
            .build());
  }
}
