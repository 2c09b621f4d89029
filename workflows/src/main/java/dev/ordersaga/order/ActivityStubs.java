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
   * A stub for steps with effects: a cancel waits until the running attempt has ended, so an undo
   * never overtakes the step it undoes.
   */
  static <T> T effectful(Class<T> activities, String taskQueue) {
    return Workflow.newActivityStub(
        activities,
        ActivityOptions.newBuilder()
            .setTaskQueue(taskQueue)
            .setCancellationType(ActivityCancellationType.WAIT_CANCELLATION_COMPLETED)
            .build());
  }

  /** A stub for read-only steps: a cancel takes effect at once. */
  static <T> T readOnly(Class<T> activities, String taskQueue) {
    return Workflow.newActivityStub(
        activities,
        ActivityOptions.newBuilder()
            .setTaskQueue(taskQueue)
            .setCancellationType(ActivityCancellationType.TRY_CANCEL)
            .build());
  }
}
