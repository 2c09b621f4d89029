package dev.ordersaga.order;

import static dev.ordersaga.order.steps.ActivityTypes.CANCEL_RECORD;
import static dev.ordersaga.order.steps.ActivityTypes.RELEASE_STOCK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.policy.StepPolicies;
import dev.ordersaga.order.policy.StepPolicy;
import dev.ordersaga.order.steps.PaymentState;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CompensationFailureTest {
  private static final int UNDO_ATTEMPTS = 3;

  private final SagaHarness saga =
      new SagaHarness(
          StepPolicies.defaults()
              .withOverrides(
                  Map.of(
                      RELEASE_STOCK, StepPolicy.builder().maximumAttempts(UNDO_ATTEMPTS).build())));

  @AfterEach
  void stop() {
    saga.close();
  }

  @Test
  void undoFailingItsAttemptsParksTheOrderVisiblyInCompensationFailed() {
    OrderLedger parked = parkedOnABrokenStockRelease("u-1").status();

    assertThat(parked.statusReason())
        .startsWith("undo of reserve-stock failed: ProviderUnavailable");
    assertThat(parked.step(Step.RESERVE_STOCK).state()).isEqualTo(StepState.COMPENSATION_FAILED);
    assertThat(parked.step(Step.REQUEST_PAYMENT).state()).isEqualTo(StepState.COMPENSATED);
    assertThat(saga.script.count(RELEASE_STOCK)).isEqualTo(UNDO_ATTEMPTS);
    assertThat(saga.script.count(CANCEL_RECORD)).isZero();
    assertThat(saga.searchAttributes("u-1").get(OrderSearchAttributes.ORDER_STATUS))
        .isEqualTo("COMPENSATION_FAILED");
  }

  @Test
  void operatorRetryAfterTheFixFinishesTheUndoAndEndsTheOrder() {
    OrderWorkflow order = parkedOnABrokenStockRelease("u-2");

    saga.script.repair(RELEASE_STOCK);
    order.retryCompensation();
    OrderLedger ledger = saga.result(order);

    assertThat(ledger.status()).isEqualTo(OrderStatus.FAILED);
    assertThat(ledger.statusReason()).startsWith("PaymentDeclined");
    assertThat(ledger.step(Step.RESERVE_STOCK).state()).isEqualTo(StepState.COMPENSATED);
    assertThat(saga.script.count(RELEASE_STOCK)).isEqualTo(UNDO_ATTEMPTS + 1);
    assertThat(saga.script.activityTypes()).endsWith(RELEASE_STOCK, CANCEL_RECORD);
  }

  @Test
  void retryParkedSignalRetriesTheUndoOfAnOrderInCompensationFailed() {
    OrderWorkflow order = parkedOnABrokenStockRelease("u-4");

    saga.script.repair(RELEASE_STOCK);
    order.retryParked();
    OrderLedger ledger = saga.result(order);

    assertThat(ledger.status()).isEqualTo(OrderStatus.FAILED);
    assertThat(saga.script.count(RELEASE_STOCK)).isEqualTo(UNDO_ATTEMPTS + 1);
    assertThat(saga.script.activityTypes()).endsWith(RELEASE_STOCK, CANCEL_RECORD);
  }

  @Test
  void retryParkedSignalIsIgnoredByAnOrderThatIsNotParked() {
    saga.script.pollEndsWith(PaymentState.PENDING);
    OrderWorkflow order = saga.start(SagaHarness.order("u-5"));
    saga.awaitLedger(order, ledger -> ledger.status() == OrderStatus.AWAITING_PAYMENT);

    order.retryParked();
    saga.script.pollEndsWith(PaymentState.SUCCEEDED);

    assertThat(saga.result(order).status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(saga.script.activityTypes()).doesNotContainAnyElementsOf(Step.undoActivityTypes());
  }

  @Test
  void retryCompensationIsRefusedWhenNothingIsParked() {
    saga.script.pollEndsWith(PaymentState.PENDING);
    OrderWorkflow order = saga.start(SagaHarness.order("u-3"));
    saga.awaitLedger(order, ledger -> ledger.status() == OrderStatus.AWAITING_PAYMENT);

    SagaHarness.assertRefused(order::retryCompensation);
  }

  /**
   * Starts {@code orderId} with a declined payment and a broken stock release, and waits until the
   * undo parks it.
   */
  private OrderWorkflow parkedOnABrokenStockRelease(String orderId) {
    saga.script.pollEndsWith(PaymentState.DECLINED).breakDown(RELEASE_STOCK);
    OrderWorkflow order = saga.start(SagaHarness.order(orderId));
    saga.awaitLedger(order, ledger -> ledger.status() == OrderStatus.COMPENSATION_FAILED);
    return order;
  }
}
