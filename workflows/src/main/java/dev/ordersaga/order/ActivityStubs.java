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
   * The stub of a step's forward activities, on the step's queue, that reads as the step in the Web
   * UI. The cancel of a step that changes nothing ({@link StepKind#cancelsAtOnce()}) takes effect
   * at once; any other waits until the running attempt has ended, so an undo never overtakes the
   * step it undoes.
   */
  static <T> T forward(Class<T> activities, Step step) {
    return stub(
        activities,
        step,
        step.summary(),
        step.kind().cancelsAtOnce()
            ? ActivityCancellationType.TRY_CANCEL
            : ActivityCancellationType.WAIT_CANCELLATION_COMPLETED);
  }

  /**
   * The stub of a step's undo, on the step's queue, that reads as that undo in the Web UI.
   *
   * @throws IllegalArgumentException when the step's kind has no undo
   */
  static <T> T undo(Class<T> activities, Step step) {
    if (!step.kind().hasUndo()) {
      throw new IllegalArgumentException(step + " is " + step.kind() + ": it has no undo");
    }
    return stub(
        activities, step, step.undoSummary(), ActivityCancellationType.WAIT_CANCELLATION_COMPLETED);
  }

  /** A stub for the one-off status check a provider callback triggers. */
  static <T> T check(Class<T> activities, Step step) {
    return readOnly(activities, step, "check now (provider callback)");
  }

  /**
   * A stub for the lookup with which a run an operator reset learns whether an earlier run already
   * passed {@code step}.
   */
  static <T> T lookup(Class<T> activities, Step step) {
    return readOnly(activities, step, "done by an earlier run? (after a reset)");
  }

  /** A stub for a read of {@code step}'s provider, cancelled at once with its scope. */
  private static <T> T readOnly(Class<T> activities, Step step, String purpose) {
    return stub(
        activities, step, step.summary() + ": " + purpose, ActivityCancellationType.TRY_CANCEL);
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
