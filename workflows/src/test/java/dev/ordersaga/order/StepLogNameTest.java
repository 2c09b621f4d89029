package dev.ordersaga.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.steps.ActivityTypes;
import org.junit.jupiter.api.Test;

class StepLogNameTest {
  @Test
  void aStepsOwnTypeAndItsReadsAreNamedByTheStepsKey() {
    assertThat(Step.logNameOf(ActivityTypes.RESERVE_STOCK)).contains("reserve-stock");
    assertThat(Step.logNameOf(ActivityTypes.CHECK_PAYMENT)).contains("await-payment");
  }

  @Test
  void anUndoIsNamedByItsOwnActivityType() {
    assertThat(Step.logNameOf(ActivityTypes.RELEASE_STOCK)).contains(ActivityTypes.RELEASE_STOCK);
  }

  @Test
  void aTypeOfNoStepHasNoName() {
    assertThat(Step.logNameOf("PaymentHolder.lease")).isEmpty();
  }
}
