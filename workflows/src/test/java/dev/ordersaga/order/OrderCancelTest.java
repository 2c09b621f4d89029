package dev.ordersaga.order;

import static dev.ordersaga.order.steps.ActivityTypes.CANCEL_RECORD;
import static dev.ordersaga.order.steps.ActivityTypes.COMMIT_STOCK;
import static dev.ordersaga.order.steps.ActivityTypes.NOTIFY_MERCHANT;
import static dev.ordersaga.order.steps.ActivityTypes.REFUND_PAYMENT;
import static dev.ordersaga.order.steps.ActivityTypes.RELEASE_STOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordersaga.order.steps.ActivityTypes;
import dev.ordersaga.order.steps.PaymentState;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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

  @ParameterizedTest
  @EnumSource(
      value = Step.class,
      names = {"OPEN_RECORD", "RESERVE_STOCK", "REQUEST_PAYMENT"})
  void cancelDuringAStepStartsItsUndoOnlyAfterTheStepsCallHasEnded(Step step) {
    String forward = step.activityType();
    saga.script.holdAt(forward);
    OrderRequest placed = SagaHarness.order("c-2-" + step.ordinal());
    OrderWorkflow order = saga.start(placed);
    awaitCalled(forward);

    order.cancel(new CancelRequest("too slow"));
    saga.awaitEveryScheduledActivityStarted(placed.orderId(), Duration.ofSeconds(10));
    saga.script.open(forward);
    OrderLedger ledger = saga.result(order);

    assertThat(ledger.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(saga.script.count(step.undoActivityType())).isEqualTo(1);
    assertThat(undosStartedWhileTheirForwardCallRan(step)).isEmpty();
  }

  /** The calls of the step's undo that started after a forward call of it and before its end. */
  private List<StepScript.Call> undosStartedWhileTheirForwardCallRan(Step step) {
    List<StepScript.Call> calls = saga.script.calls();
    List<StepScript.Return> returns = saga.script.returns();
    List<StepScript.Call> overlapping = new ArrayList<>();
    for (StepScript.Call call : calls) {
      if (!step.activityType().equals(call.activityType())) {
        continue;
      }
      long end =
          returns.stream()
              .filter(r -> r.activityType().equals(call.activityType()))
              .filter(r -> r.attempt() == call.attempt() && r.sequence() > call.sequence())
              .mapToLong(StepScript.Return::sequence)
              .min()
              .orElse(Long.MAX_VALUE);
      calls.stream()
          .filter(undo -> undo.activityType().equals(step.undoActivityType()))
          .filter(undo -> undo.sequence() > call.sequence() && undo.sequence() < end)
          .forEach(overlapping::add);
    }
    return overlapping;
  }

  private void awaitCalled(String activityType) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (saga.script.count(activityType) == 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(activityType + " was never called");
      }
      Thread.onSpinWait();
    }
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
