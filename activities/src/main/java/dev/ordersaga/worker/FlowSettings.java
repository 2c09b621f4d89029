package dev.ordersaga.worker;

import dev.ordersaga.order.OrderFlow;
import dev.ordersaga.order.Step;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The optional steps this worker's new orders leave out ({@link OrderFlow#OPTIONAL}), by step key,
 * e.g. {@code flow: {skip: [screen-fraud]}}. A change here is a change of the order's rules: roll
 * it out as a new deployment version, never by restarting the workers of a running one.
 *
 * @param skip step keys; unknown or non-optional steps are refused when the worker starts
 */
public record FlowSettings(List<String> skip) {
  /** Every step runs. */
  public static final FlowSettings ALL_STEPS = new FlowSettings(List.of());

  public FlowSettings {
    skip = skip == null ? List.of() : List.copyOf(skip);
  }

  /**
   * The skipped steps.
   *
   * @throws IllegalArgumentException naming an unknown step
   */
  public Set<Step> skipped() {
    return skip.stream().map(Step::byKey).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Makes this worker's new orders leave the skipped steps out.
   *
   * @throws IllegalArgumentException naming an unknown or non-optional step
   */
  public void apply() {
    OrderFlow.skip(skipped());
  }
}
