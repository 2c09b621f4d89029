package dev.ordersaga.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.OrderLedger;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.OrderStatus;
import dev.ordersaga.processes.Await;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Processes die mid-order; the order still completes, and nothing downstream happens twice. */
class WorkerCrashIT {
  private Stack stack;

  @AfterEach
  void down() {
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void paymentWorkerKilledWhileAwaitingPaymentIsReplacedAndTheOrderCompletesOnce() {
    stack = new Stack("worker-crash", Duration.ofSeconds(6), Duration.ofSeconds(90));
    OrderRequest order = Orders.paidWith("tok_ok");
    stack.start(order);
    Await.until(
        "order awaiting payment",
        Duration.ofSeconds(30),
        () -> stack.status(order.orderId()).status() == OrderStatus.AWAITING_PAYMENT);

    stack.paymentStatusWorker.kill();
    stack.paymentStatusWorker.restart();
    stack.paymentStatusWorker.awaitPolling(stack.temporal.service(), "default");
    OrderLedger ledger = stack.result(order.orderId(), Duration.ofSeconds(90));

    assertThat(ledger.status()).isEqualTo(OrderStatus.COMPLETED);
    Downstream downstream = new Downstream(stack.sandbox.state());
    for (String effect :
        new String[] {"stock.reserve", "stock.commit", "payment.charge", "shipment.create"}) {
      assertThat(downstream.effects(order.orderId(), effect)).as(effect).isEqualTo(1);
    }
  }

  @Test
  void devServerRestartedOnTheSameDataMidOrderLosesNothing() {
    stack = new Stack("server-restart", Duration.ofSeconds(5), Duration.ofSeconds(90));
    OrderRequest order = Orders.paidWith("tok_ok");
    stack.start(order);
    Await.until(
        "order awaiting payment",
        Duration.ofSeconds(30),
        () -> stack.status(order.orderId()).status() == OrderStatus.AWAITING_PAYMENT);

    stack.temporal.restart();
    OrderLedger ledger = stack.result(order.orderId(), Duration.ofSeconds(120));

    assertThat(ledger.status()).isEqualTo(OrderStatus.COMPLETED);
    Downstream downstream = new Downstream(stack.sandbox.state());
    assertThat(downstream.effects(order.orderId(), "payment.charge")).isEqualTo(1);
    assertThat(downstream.effects(order.orderId(), "shipment.create")).isEqualTo(1);
  }
}
