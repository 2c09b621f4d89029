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
}
