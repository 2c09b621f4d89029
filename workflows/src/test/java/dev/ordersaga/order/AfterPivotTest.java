package dev.ordersaga.order;

import static dev.ordersaga.order.steps.ActivityTypes.COMPLETE_RECORD;
import static dev.ordersaga.order.steps.ActivityTypes.NOTIFY_MERCHANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowStub;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** After the shipment (the pivot) nothing is undone: retriable steps retry, then park. */
class AfterPivotTest {
  private static final String REJECTED = "RecordRejected";

  private final SagaHarness saga = new SagaHarness();

  @AfterEach
  void stop() {
    saga.close();
  }

  @Test
  void completeRecordFailingForGoodParksTheOrderInNeedsAttentionWithNothingUndone() {
    OrderLedger parked = parkedOnARejectedCompleteRecord("ap-1").status();

    assertThat(parked.statusReason()).startsWith("complete-record failed: " + REJECTED);
    assertThat(parked.step(Step.COMPLETE_RECORD).state()).isEqualTo(StepState.FAILED);
    assertThat(parked.step(Step.CREATE_SHIPMENT).state()).isEqualTo(StepState.DONE);
    assertThat(parked.shipmentId()).isEqualTo("shp-ap-1");
    assertThat(orderStatusAttribute("ap-1")).isEqualTo("NEEDS_ATTENTION");
    assertNothingUndone();
  }

  @Test
  void resumeAfterTheFixRetriesTheStepAndCompletesTheOrder() {
    OrderWorkflow order = parkedOnARejectedCompleteRecord("ap-2");

    saga.script.allow(COMPLETE_RECORD);
    order.resume();
    OrderLedger ledger = saga.result(order);

    assertThat(ledger.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(ledger.step(Step.COMPLETE_RECORD).state()).isEqualTo(StepState.DONE);
    assertThat(ledger.step(Step.COMPLETE_RECORD).attempts()).isEqualTo(2);
    assertThat(saga.script.count(COMPLETE_RECORD)).isEqualTo(2);
    assertThat(orderStatusAttribute("ap-2")).isEqualTo("COMPLETED");
    assertNothingUndone();
  }

  @Test
  void retryParkedSignalResumesAnOrderInNeedsAttention() {
    OrderWorkflow order = parkedOnARejectedCompleteRecord("ap-3");

    saga.script.allow(COMPLETE_RECORD);
    order.retryParked();

    assertThat(saga.result(order).status()).isEqualTo(OrderStatus.COMPLETED);
    assertNothingUndone();
  }

  @Test
  void resumeIsRefusedWhenTheOrderIsNotParked() {
    saga.script.breakDown(COMPLETE_RECORD);
    OrderWorkflow order = saga.start(SagaHarness.order("ap-4"));
    saga.awaitLedger(order, ledger -> ledger.status() == OrderStatus.SHIPPED);

    SagaHarness.assertRefused(order::resume);
  }

  @Test
  void completeRecordDownForHoursIsRetriedAtCappedIntervalsUntilItSucceeds() {
    saga.script.failTransiently(COMPLETE_RECORD, 20);

    OrderLedger ledger = saga.run(SagaHarness.order("ap-5"));

    assertThat(ledger.status()).isEqualTo(OrderStatus.COMPLETED);
    List<StepScript.Call> calls =
        saga.script.calls().stream()
            .filter(call -> call.activityType().equals(COMPLETE_RECORD))
            .toList();
    assertThat(calls).hasSize(21);
    long span = calls.get(20).calledAtMillis() - calls.get(0).calledAtMillis();
    assertThat(Duration.ofMillis(span)).isGreaterThan(Duration.ofHours(1));
    for (int i = 1; i < calls.size(); i++) {
      long gap = calls.get(i).calledAtMillis() - calls.get(i - 1).calledAtMillis();
      assertThat(Duration.ofMillis(gap)).isLessThanOrEqualTo(Duration.ofMinutes(6));
    }
    assertNothingUndone();
  }

  @Test
  void merchantNotFailingItsAttemptsIsRecordedAndTheOrderStillCompletes() {
    saga.script.breakDown(NOTIFY_MERCHANT);

    OrderLedger ledger = saga.run(SagaHarness.order("ap-6"));

    assertThat(ledger.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(ledger.merchantNotified()).isFalse();
    assertThat(ledger.step(Step.NOTIFY_MERCHANT).state()).isEqualTo(StepState.FAILED);
    assertNothingUndone();
  }

  @Test
  void temporalCancellationAfterTheShipmentUndoesNothingAndTheOrderStillCompletesItsSteps() {
    saga.script.breakDown(COMPLETE_RECORD);
    OrderWorkflow order = saga.start(SagaHarness.order("ap-7"));
    saga.awaitLedger(order, ledger -> saga.script.count(COMPLETE_RECORD) >= 2);

    WorkflowStub.fromTyped(order).cancel();
    saga.script.repair(COMPLETE_RECORD);

    assertThatThrownBy(() -> saga.result(order)).isInstanceOf(WorkflowFailedException.class);
    assertThat(orderStatusAttribute("ap-7")).isEqualTo("COMPLETED");
    assertThat(saga.script.count(COMPLETE_RECORD)).isGreaterThan(2);
    assertNothingUndone();
  }

  private void assertNothingUndone() {
    assertThat(saga.script.activityTypes()).doesNotContainAnyElementsOf(Step.undoActivityTypes());
  }

  /** Starts {@code orderId} with its complete-record step rejected and waits until it parks. */
  private OrderWorkflow parkedOnARejectedCompleteRecord(String orderId) {
    saga.script.refuse(COMPLETE_RECORD, REJECTED);
    OrderWorkflow order = saga.start(SagaHarness.order(orderId));
    saga.awaitLedger(order, ledger -> ledger.status() == OrderStatus.NEEDS_ATTENTION);
    return order;
  }

  private String orderStatusAttribute(String orderId) {
    return saga.searchAttributes(orderId).get(OrderSearchAttributes.ORDER_STATUS);
  }
}
