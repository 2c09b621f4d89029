package dev.ordersaga.order;

import io.temporal.workflow.Workflow;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The steps one order runs, decided when it starts and recorded in its history (a side effect), so
 * every later replay, on this build or on a newer one an operator moves the order to, runs the same
 * steps: a step added by a newer build is not run by an order recorded without it. Workers may
 * leave out the optional steps ({@link #OPTIONAL}) by configuration ({@code flow.skip}); every
 * worker of one deployment version must be configured alike.
 */
public final class OrderFlow {
  /** The steps a worker may leave out: the fraud check and the merchant notice. */
  public static final Set<Step> OPTIONAL = Set.of(Step.SCREEN_FRAUD, Step.NOTIFY_MERCHANT);

  private static volatile Set<Step> skippedByThisWorker = Set.of();

  /** What an order records: the keys of the steps it runs, in order. */
  record Recorded(List<String> steps) {}

  private final List<String> steps;

  private OrderFlow(List<String> steps) {
    this.steps = steps;
  }

  /**
   * Sets the steps this worker's new orders leave out; call before the worker starts.
   *
   * @throws IllegalArgumentException naming a step that is not optional
   */
  public static void skip(Set<Step> skipped) {
    for (Step step : skipped) {
      if (!OPTIONAL.contains(step)) {
        throw new IllegalArgumentException(
            "flow.skip: " + step.key() + " cannot be left out; optional steps: " + keys(OPTIONAL));
      }
    }
    skippedByThisWorker = Set.copyOf(skipped);
  }

  /** Records, in a new order's history, the steps it runs; a replay reads the record back. */
  static OrderFlow record() {
    Recorded recorded =
        Workflow.sideEffect(
            Recorded.class,
            () ->
                new Recorded(
                    Arrays.stream(Step.values())
                        .filter(step -> !skippedByThisWorker.contains(step))
                        .map(Step::key)
                        .toList()));
    return new OrderFlow(recorded.steps());
  }

  /** Whether this order runs {@code step}. */
  boolean runs(Step step) {
    return steps.contains(step.key());
  }

  private static List<String> keys(Set<Step> steps) {
    return steps.stream().sorted().map(Step::key).toList();
  }
}
