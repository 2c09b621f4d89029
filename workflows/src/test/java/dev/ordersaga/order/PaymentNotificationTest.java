package dev.ordersaga.order;

import static dev.ordersaga.order.steps.ActivityTypes.CHECK_PAYMENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.steps.ActivityTypes;
import dev.ordersaga.order.steps.PaymentState;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The provider's callback only hurries the check; the provider's status is the truth. */
class PaymentNotificationTest {
  private final SagaHarness saga = new SagaHarness();

  @AfterEach
  void stop() {
    saga.close();
  }

  @Test
  void callbackCutsThePaymentWaitShortWithOneVerifyingCheck() {
    saga.script.pollEndsWith(PaymentState.PENDING).checkAnswers(PaymentState.SUCCEEDED);
    OrderWorkflow order = saga.start(SagaHarness.order("p-1"));
    saga.awaitLedger(order, ledger -> ledger.status() == OrderStatus.AWAITING_PAYMENT);

    order.paymentNotified(new PaymentNotice("pay-p-1", "evt-1"));
    OrderLedger ledger = saga.result(order);

    assertThat(ledger.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(saga.script.count(CHECK_PAYMENT)).isEqualTo(1);
    StepEntry wait = ledger.step(Step.AWAIT_PAYMENT);
    assertThat(Duration.between(wait.startedAt(), wait.finishedAt()))
        .isLessThan(Duration.ofMinutes(5));
  }

  @Test
  void callbackWhoseCheckStillSaysPendingKeepsTheOrderWaiting() {
    saga.script.pollEndsWith(PaymentState.PENDING).checkAnswers(PaymentState.PENDING);
    OrderWorkflow order = saga.start(SagaHarness.order("p-2"));
    saga.awaitLedger(order, ledger -> ledger.status() == OrderStatus.AWAITING_PAYMENT);

    order.paymentNotified(new PaymentNotice("pay-p-2", "evt-early"));
    saga.awaitLedger(order, ledger -> saga.script.count(CHECK_PAYMENT) == 1);

    assertThat(order.status().status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
  }

  @Test
  void duplicateCallbacksNeverRunAStepTwice() {
    saga.script.pollEndsWith(PaymentState.PENDING).checkAnswers(PaymentState.SUCCEEDED);
    OrderWorkflow order = saga.start(SagaHarness.order("p-3"));
    saga.awaitLedger(order, ledger -> ledger.status() == OrderStatus.AWAITING_PAYMENT);

    for (int i = 0; i < 3; i++) {
      order.paymentNotified(new PaymentNotice("pay-p-3", "evt-dup"));
    }
    OrderLedger ledger = saga.result(order);

    assertThat(ledger.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(saga.script.count(CHECK_PAYMENT)).isBetween(1L, 3L);
    for (String step :
        new String[] {
          ActivityTypes.COMMIT_STOCK, ActivityTypes.CREATE_SHIPMENT, ActivityTypes.COMPLETE_RECORD
        }) {
      assertThat(saga.script.count(step)).as(step).isEqualTo(1);
    }
  }

  @Test
  void declinedResultFromTheCallbackCheckUndoesTheOrder() {
    saga.script.pollEndsWith(PaymentState.PENDING).checkAnswers(PaymentState.DECLINED);
    OrderWorkflow order = saga.start(SagaHarness.order("p-4"));
    saga.awaitLedger(order, ledger -> ledger.status() == OrderStatus.AWAITING_PAYMENT);

    order.paymentNotified(new PaymentNotice("pay-p-4", "evt-declined"));

    assertThat(saga.result(order).statusReason()).startsWith("PaymentDeclined");
  }

  @Test
  void callbacksTriggerAtMostTheBoundedNumberOfChecks() {
    saga.script.pollEndsWith(PaymentState.PENDING).checkAnswers(PaymentState.PENDING);
    OrderWorkflow order = saga.start(SagaHarness.order("p-5"));
    saga.awaitLedger(order, ledger -> ledger.status() == OrderStatus.AWAITING_PAYMENT);

    for (int i = 1; i <= PaymentWait.MAX_CHECKS + 5; i++) {
      order.paymentNotified(new PaymentNotice("pay-p-5", "evt-" + i));
      long expected = Math.min(i, PaymentWait.MAX_CHECKS);
      saga.awaitLedger(order, ledger -> saga.script.count(CHECK_PAYMENT) >= expected);
    }
    saga.env().sleep(Duration.ofMinutes(1));

    assertThat(saga.script.count(CHECK_PAYMENT)).isEqualTo(PaymentWait.MAX_CHECKS);
    assertThat(order.status().status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
  }

  @Test
  void callbacksAfterThePaymentSettledScheduleNoActivity() {
    saga.script.breakDown(ActivityTypes.COMPLETE_RECORD);
    OrderWorkflow order = saga.start(SagaHarness.order("p-6"));
    saga.awaitLedger(order, ledger -> saga.script.count(ActivityTypes.COMPLETE_RECORD) >= 1);
    int before = scheduledActivities("p-6");

    for (int i = 0; i < 5; i++) {
      order.paymentNotified(new PaymentNotice("pay-p-6", "evt-late-" + i));
    }
    saga.env().sleep(Duration.ofMinutes(1));

    assertThat(saga.script.count(CHECK_PAYMENT)).isZero();
    assertThat(scheduledActivities("p-6")).isEqualTo(before);
  }

  private int scheduledActivities(String orderId) {
    return (int)
        saga.client().fetchHistory(OrderIds.workflowId(orderId)).getEvents().stream()
            .filter(event -> event.hasActivityTaskScheduledEventAttributes())
            .count();
  }
}
