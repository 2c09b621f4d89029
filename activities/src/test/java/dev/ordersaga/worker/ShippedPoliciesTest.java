package dev.ordersaga.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.Step;
import dev.ordersaga.order.policy.StepPolicies;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped {@code config/worker.yml} keeps the code's defaults except where it says so. */
class ShippedPoliciesTest {

  @Test
  void shippedConfigKeepsTheDefaultsOfEveryUndoAndEveryStepAfterThePivot() {
    StepPolicies shipped =
        WorkerConfig.load(Path.of("../config/worker.yml"), Map.of()).stepPolicies();
    StepPolicies defaults = StepPolicies.defaults();

    for (Step step : Step.values()) {
      if (step.kind().hasUndo()) {
        assertThat(shipped.policy(step.undoActivityType()))
            .as(step.undoActivityType())
            .isEqualTo(defaults.policy(step.undoActivityType()));
      }
      if (step.kind().afterPivot()) {
        String type = step.activityType();
        assertThat(shipped.policy(type)).as(type).isEqualTo(defaults.policy(type));
      }
    }
  }
}
