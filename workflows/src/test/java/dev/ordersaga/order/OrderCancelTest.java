package dev.ordersaga.order;

import static dev.ordersaga.order.steps.ActivityTypes.CANCEL_RECORD;
import static dev.ordersaga.order.steps.ActivityTypes.COMMIT_STOCK;
import static dev.ordersaga.order.steps.ActivityTypes.NOTIFY_MERCHANT;
import static dev.ordersaga.order.steps.ActivityTypes.OPEN_RECORD;
import static dev.ordersaga.order.steps.ActivityTypes.REFUND_PAYMENT;
import static dev.ordersaga.order.steps.ActivityTypes.RELEASE_STOCK;
import static dev.ordersaga.order.steps.ActivityTypes.RESERVE_STOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordersaga.order.steps.ActivityTypes;
import dev.ordersaga.order.steps.PaymentState;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.ApplicationFailure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrderCancelTest {
  private final SagaHarness saga = new SagaHarness();

  @AfterEach
  void stop() {
    saga.close();
  }

  @Test
  void cancelWhileAwaitingPaymentUndoesEverythingAndEndsCancelled() {
    saga.script.pollEndsWith(PaymentState.PENDING);
    OrderWorkflow order = saga.start(SagaHarness.order("c-1"));
    saga.awaitLedger(order, ledger -> ledger.status() == OrderStatus.AWAITING_PAYMENT);

    order.cancel(new CancelRequest("changed my mind"));
    OrderLedger ledger = saga.result(order);

    assertThat(ledger.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(ledger.statusReason()).isEqualTo("cancelled: changed my mind");
    assertThat(saga.script.activityTypes())
        .endsWith(REFUND_PAYMENT, RELEASE_STOCK, CANCEL_RECORD)
        .doesNotContain(COMMIT_STOCK);
    assertThat(ledger.step(Step.CREATE_SHIPMENT).state()).isEqualTo(StepState.SKIPPED);
  }

  @Test
  void cancelDuringAStepWaitsForThatStepBeforeUndoingIt() {
    saga.script.holdAt(RESERVE_STOCK);
    OrderWorkflow order = saga.start(SagaHarness.order("c-2"));
    saga.awaitLedger(order, ledger -> ledger.step(Step.RESERVE_STOCK).state() == StepState.RUNNING);

    order.cancel(new CancelRequest("too slow"));
    saga.script.open(RESERVE_STOCK);
    OrderLedger ledger = saga.result(order);

    assertThat(ledger.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(saga.script.activityTypes())
        .containsExactly(OPEN_RECORD, RESERVE_STOCK, RELEASE_STOCK, CANCEL_RECORD);
  }

  @Test
  void cancelOnceTheShipmentExistsIsRefusedAndTheOrderCompletes() {
    saga.script.holdAt(NOTIFY_MERCHANT);
    OrderWorkflow order = saga.start(SagaHarness.order("c-3"));
    saga.awaitLedger(order, ledger -> ledger.status() == OrderStatus.SHIPPED);

    assertThatThrownBy(() -> order.cancel(new CancelRequest("too late")))
        .isInstanceOf(WorkflowUpdateException.class)
        .cause()
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure -> {
              assertThat(failure.getType()).isEqualTo(OrderFailureTypes.UPDATE_REFUSED);
              assertThat(failure.getOriginalMessage()).contains("shipment is DONE");
            });
    saga.script.open(NOTIFY_MERCHANT);

    assertThat(saga.result(order).status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(saga.script.activityTypes())
        .doesNotContain(ActivityTypes.CANCEL_SHIPMENT, RELEASE_STOCK, REFUND_PAYMENT);
  }

  @Test
  void repeatedCancelIsAcceptedOnceAndUndoesOnce() {
    saga.script.pollEndsWith(PaymentState.PENDING).holdAt(REFUND_PAYMENT);
    OrderWorkflow order = saga.start(SagaHarness.order("c-4"));
    saga.awaitLedger(order, ledger -> ledger.status() == OrderStatus.AWAITING_PAYMENT);

    order.cancel(new CancelRequest("first"));
    order.cancel(new CancelRequest("second"));
    saga.script.open(REFUND_PAYMENT);
    OrderLedger ledger = saga.result(order);

    assertThat(ledger.statusReason()).isEqualTo("cancelled: first");
    assertThat(saga.script.count(REFUND_PAYMENT)).isEqualTo(1);
    assertThat(saga.script.count(RELEASE_STOCK)).isEqualTo(1);
  }
}
