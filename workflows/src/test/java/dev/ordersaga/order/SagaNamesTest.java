package dev.ordersaga.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.steps.ActivityTypes;
import org.junit.jupiter.api.Test;

class SagaNamesTest {
  @Test
  void aStepsOwnAndReadActivitiesNameTheStepAnUndoNamesItself() {
    assertThat(SagaNames.INSTANCE.stepOf(ActivityTypes.RESERVE_STOCK)).isEqualTo("reserve-stock");
    assertThat(SagaNames.INSTANCE.stepOf(ActivityTypes.CHECK_PAYMENT)).isEqualTo("await-payment");
    assertThat(SagaNames.INSTANCE.stepOf(ActivityTypes.RELEASE_STOCK))
        .isEqualTo(ActivityTypes.RELEASE_STOCK);
  }

  @Test
  void everyUndoAndOnlyAnUndoIsACompensation() {
    for (String type : Step.allActivityTypes()) {
      assertThat(SagaNames.INSTANCE.isCompensation(type))
          .as(type)
          .isEqualTo(Step.undoActivityTypes().contains(type));
    }
    assertThat(SagaNames.INSTANCE.isCompensation(ActivityTypes.REFUND_PAYMENT)).isTrue();
  }

  @Test
  void anOrdersWorkflowNamesItsOrderAnyOtherNone() {
    assertThat(SagaNames.INSTANCE.orderIdOf(OrderIds.workflowId("o-9"))).contains("o-9");
    assertThat(SagaNames.INSTANCE.orderIdOf("payment-holder-w1")).isEmpty();
  }
}
