package dev.ordersaga.order;

import static dev.ordersaga.order.steps.ActivityTypes.ASSESS_RISK;
import static dev.ordersaga.order.steps.ActivityTypes.AWAIT_PAYMENT;
import static dev.ordersaga.order.steps.ActivityTypes.CANCEL_RECORD;
import static dev.ordersaga.order.steps.ActivityTypes.CANCEL_SHIPMENT;
import static dev.ordersaga.order.steps.ActivityTypes.CHECK_PAYMENT;
import static dev.ordersaga.order.steps.ActivityTypes.COMMIT_STOCK;
import static dev.ordersaga.order.steps.ActivityTypes.COMPLETE_RECORD;
import static dev.ordersaga.order.steps.ActivityTypes.CREATE_SHIPMENT;
import static dev.ordersaga.order.steps.ActivityTypes.NOTIFY_MERCHANT;
import static dev.ordersaga.order.steps.ActivityTypes.OPEN_RECORD;
import static dev.ordersaga.order.steps.ActivityTypes.REFUND_PAYMENT;
import static dev.ordersaga.order.steps.ActivityTypes.RELEASE_STOCK;
import static dev.ordersaga.order.steps.ActivityTypes.REQUEST_PAYMENT;
import static dev.ordersaga.order.steps.ActivityTypes.RESERVE_STOCK;
import static dev.ordersaga.order.steps.ActivityTypes.RESTOCK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.steps.PaymentState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A step that fails for good undoes exactly the steps begun before it, newest first. */
class OrderStepFailureTest {
  private final SagaHarness saga = new SagaHarness();

  @AfterEach
  void stop() {
    saga.close();
  }

  @Test
  void refusedOrderRecordCancelsOnlyTheRecord() {
    saga.script.refuse(OPEN_RECORD, OrderFailureTypes.INVALID_ORDER);

    OrderLedger ledger = saga.run(SagaHarness.order("f-1"));

    assertThat(saga.script.activityTypes()).containsExactly(OPEN_RECORD, CANCEL_RECORD);
    assertThat(ledger.status()).isEqualTo(OrderStatus.FAILED);
    assertThat(ledger.statusReason()).startsWith("InvalidOrder");
  }

  @Test
  void outOfStockReleasesTheReservationThenCancelsTheRecord() {
    saga.script.refuse(RESERVE_STOCK, OrderFailureTypes.OUT_OF_STOCK);

    OrderLedger ledger = saga.run(SagaHarness.order("f-2"));

    assertThat(saga.script.activityTypes())
        .containsExactly(OPEN_RECORD, RESERVE_STOCK, RELEASE_STOCK, CANCEL_RECORD);
    assertThat(ledger.status()).isEqualTo(OrderStatus.FAILED);
    assertThat(ledger.statusReason()).startsWith("OutOfStock");
    assertThat(ledger.step(Step.REQUEST_PAYMENT).state()).isEqualTo(StepState.SKIPPED);
  }

  @Test
  void refusedPaymentRequestRefundsReleasesAndCancels() {
    saga.script.refuse(REQUEST_PAYMENT, OrderFailureTypes.PAYMENT_DECLINED);

    OrderLedger ledger = saga.run(SagaHarness.order("f-3"));

    assertThat(saga.script.activityTypes())
        .containsExactly(
            OPEN_RECORD,
            RESERVE_STOCK,
            ASSESS_RISK,
            REQUEST_PAYMENT,
            REFUND_PAYMENT,
            RELEASE_STOCK,
            CANCEL_RECORD);
    assertThat(ledger.status()).isEqualTo(OrderStatus.FAILED);
  }

  @Test
  void declinedPaymentUndoesPaymentStockAndRecordNewestFirst() {
    saga.script.pollEndsWith(PaymentState.DECLINED);

    OrderLedger ledger = saga.run(SagaHarness.order("f-4"));

    assertThat(saga.script.activityTypes())
        .containsExactly(
            OPEN_RECORD,
            RESERVE_STOCK,
            ASSESS_RISK,
            REQUEST_PAYMENT,
            AWAIT_PAYMENT,
            REFUND_PAYMENT,
            RELEASE_STOCK,
            CANCEL_RECORD);
    assertThat(ledger.status()).isEqualTo(OrderStatus.FAILED);
    assertThat(ledger.statusReason()).startsWith("PaymentDeclined");
    assertThat(ledger.step(Step.AWAIT_PAYMENT).state()).isEqualTo(StepState.FAILED);
    assertThat(ledger.step(Step.RESERVE_STOCK).state()).isEqualTo(StepState.COMPENSATED);
  }

  @Test
  void paymentWindowEndingExpiresThePaymentAndUndoesTheOrder() {
    saga.script.pollEndsWith(PaymentState.PENDING);

    OrderLedger ledger = saga.run(SagaHarness.order("f-5"));

    assertThat(ledger.status()).isEqualTo(OrderStatus.FAILED);
    assertThat(ledger.statusReason()).startsWith("PaymentExpired");
    assertThat(saga.script.activityTypes())
        .endsWith(REFUND_PAYMENT, RELEASE_STOCK, CANCEL_RECORD)
        .doesNotContain(COMMIT_STOCK, CREATE_SHIPMENT);
  }

  @Test
  void aPaymentThatSettledJustBeforeItsWindowClosedIsFoundByOneLastCheckAndNotUndone() {
    saga.script.pollEndsWith(PaymentState.PENDING).checkAnswers(PaymentState.SUCCEEDED);

    OrderLedger ledger = saga.run(SagaHarness.order("f-5b"));

    assertThat(ledger.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(saga.script.count(CHECK_PAYMENT)).isEqualTo(1);
    assertThat(saga.script.activityTypes()).doesNotContain(REFUND_PAYMENT);
  }

  @Test
  void failedStockCommitRestocksRefundsReleasesAndCancels() {
    saga.script.refuse(COMMIT_STOCK, OrderFailureTypes.INVALID_ORDER);

    saga.run(SagaHarness.order("f-6"));

    assertThat(saga.script.activityTypes())
        .containsExactly(
            OPEN_RECORD,
            RESERVE_STOCK,
            ASSESS_RISK,
            REQUEST_PAYMENT,
            AWAIT_PAYMENT,
            COMMIT_STOCK,
            RESTOCK,
            REFUND_PAYMENT,
            RELEASE_STOCK,
            CANCEL_RECORD);
  }

  @Test
  void refusedShipmentUndoesEveryStepNewestFirst() {
    saga.script.refuse(CREATE_SHIPMENT, OrderFailureTypes.SHIPMENT_REFUSED);

    OrderLedger ledger = saga.run(SagaHarness.order("f-7"));

    assertThat(saga.script.activityTypes())
        .containsExactly(
            OPEN_RECORD,
            RESERVE_STOCK,
            ASSESS_RISK,
            REQUEST_PAYMENT,
            AWAIT_PAYMENT,
            COMMIT_STOCK,
            CREATE_SHIPMENT,
            CANCEL_SHIPMENT,
            RESTOCK,
            REFUND_PAYMENT,
            RELEASE_STOCK,
            CANCEL_RECORD);
    assertThat(ledger.status()).isEqualTo(OrderStatus.FAILED);
    assertThat(ledger.steps())
        .filteredOn(entry -> entry.step().ordinal() <= Step.CREATE_SHIPMENT.ordinal())
        .filteredOn(entry -> entry.step().kind().hasUndo())
        .allSatisfy(entry -> assertThat(entry.state()).isEqualTo(StepState.COMPENSATED));
  }

  @Test
  void undosCarryTheStepKeyWithAnUndoSuffix() {
    saga.script.refuse(CREATE_SHIPMENT, OrderFailureTypes.SHIPMENT_REFUSED);

    saga.run(SagaHarness.order("f-8"));

    assertThat(saga.script.calls())
        .filteredOn(call -> call.idempotencyKey() != null)
        .filteredOn(call -> call.idempotencyKey().endsWith(":undo"))
        .extracting(StepScript.Call::idempotencyKey)
        .containsExactly(
            "f-8:create-shipment:undo",
            "f-8:commit-stock:undo",
            "f-8:request-payment:undo",
            "f-8:reserve-stock:undo",
            "f-8:open-record:undo");
  }

  @Test
  void failedMerchantNotificationNeverRollsBackAShippedOrder() {
    saga.script.refuse(NOTIFY_MERCHANT, "MerchantUnreachable");

    OrderLedger ledger = saga.run(SagaHarness.order("f-9"));

    assertThat(ledger.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(ledger.merchantNotified()).isFalse();
    assertThat(ledger.step(Step.NOTIFY_MERCHANT).state()).isEqualTo(StepState.FAILED);
    assertThat(ledger.step(Step.NOTIFY_MERCHANT).lastFailure()).startsWith("MerchantUnreachable");
    assertThat(saga.script.activityTypes())
        .endsWith(NOTIFY_MERCHANT, COMPLETE_RECORD)
        .doesNotContain(CANCEL_SHIPMENT, RESTOCK, REFUND_PAYMENT);
  }
}
