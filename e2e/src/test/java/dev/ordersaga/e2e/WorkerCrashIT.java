package dev.ordersaga.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.OrderLedger;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.OrderStatus;
import dev.ordersaga.order.steps.ActivityTypes;
import dev.ordersaga.processes.Await;
import io.temporal.api.enums.v1.PendingActivityState;
import io.temporal.api.workflow.v1.PendingActivityInfo;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Processes die mid-order; the order still completes, and nothing downstream happens twice. */
class WorkerCrashIT {
  private static final int WAITING = 5;
  private static final String AWAIT = ActivityTypes.AWAIT_PAYMENT;
  @AutoClose private Stack stack;

  @Test
  void paymentWorkerKilledWhileAwaitingPaymentIsReplacedAndTheOrderCompletesOnce() {
    OrderRequest order = paidOrderAwaitingPayment("worker-crash", Duration.ofSeconds(6));

    stack.paymentStatusWorker.kill();
    stack.paymentStatusWorker.restart();
    stack.paymentStatusWorker.awaitPolling(stack.temporal.service(), "default");
    OrderLedger ledger = stack.result(order.orderId(), Duration.ofSeconds(90));

    assertThat(ledger.status()).isEqualTo(OrderStatus.COMPLETED);
    stack.books().assertEachOnce(order.orderId(), Downstream.COMPLETED_ONCE);
  }

  @Test
  void paymentsWaitingOnAKilledWorkerArePickedUpByItsSuccessorFromTheirHeartbeatsAndEndOnce() {
    stack = new Stack("parked-crash", Duration.ofMinutes(30), Duration.ofSeconds(120));
    ServerProbe server = stack.server;
    List<OrderRequest> orders = stack.startAll(WAITING, () -> Orders.paidWith("tok_never"));
    Map<String, Integer> pollsBefore = new HashMap<>();
    for (OrderRequest order : orders) {
      Await.until(
          order.orderId() + " waiting, its progress heartbeated",
          Duration.ofSeconds(30),
          () -> polls(server, order) > 0);
      pollsBefore.put(order.orderId(), polls(server, order));
    }

    stack.paymentStatusWorker.kill();
    stack.paymentStatusWorker.restart();
    for (OrderRequest order : orders) {
      Await.until(
          order.orderId() + " picked up by the new worker, resuming its poll",
          Duration.ofSeconds(60),
          () -> {
            PendingActivityInfo await = server.pendingActivity(order.orderId(), AWAIT);
            return await != null
                && await.getAttempt() > 1
                && await.getState() == PendingActivityState.PENDING_ACTIVITY_STATE_STARTED
                && polls(server, order) > pollsBefore.get(order.orderId());
          });
    }
    OrderRequest cancelled = orders.getLast();
    stack.cancel(cancelled.orderId(), "changed my mind");
    for (OrderRequest order : orders.subList(0, orders.size() - 1)) {
      stack.sandbox.settle(stack.books().paymentId(order.orderId()));
    }

    for (OrderRequest order : orders.subList(0, orders.size() - 1)) {
      assertThat(stack.result(order.orderId(), Duration.ofSeconds(90)).status())
          .isEqualTo(OrderStatus.COMPLETED);
    }
    assertThat(stack.result(cancelled.orderId(), Duration.ofSeconds(90)).status())
        .isEqualTo(OrderStatus.CANCELLED);
    Downstream downstream = stack.books();
    for (OrderRequest order : orders.subList(0, orders.size() - 1)) {
      downstream.assertEachOnce(order.orderId(), Downstream.FORWARD_EFFECTS);
    }
    assertThat(downstream.paymentStatus(cancelled.orderId())).isEqualTo("VOIDED");
  }

  /** The polls the order's waiting payment has heartbeated, over every attempt; 0 before any. */
  private static int polls(ServerProbe server, OrderRequest order) {
    return server
        .heartbeatDetails(order.orderId(), AWAIT)
        .map(details -> details.path("polls").asInt(0))
        .orElse(0);
  }

  @Test
  void temporalRestartedOnTheSameDataMidOrderLosesNothing() {
    OrderRequest order = paidOrderAwaitingPayment("server-restart", Duration.ofSeconds(5));

    stack.temporal.restart();
    OrderLedger ledger = stack.result(order.orderId(), Duration.ofSeconds(120));

    assertThat(ledger.status()).isEqualTo(OrderStatus.COMPLETED);
    Downstream downstream = stack.books();
    assertThat(downstream.effects(order.orderId(), "payment.charge")).isEqualTo(1);
    assertThat(downstream.effects(order.orderId(), "shipment.create")).isEqualTo(1);
  }

  /**
   * Starts this test's stack (payments settling after {@code settleDelay}, a 90 s payment window)
   * and an order paid with {@code tok_ok}, answered once it awaits payment.
   */
  private OrderRequest paidOrderAwaitingPayment(String name, Duration settleDelay) {
    stack = new Stack(name, settleDelay, Duration.ofSeconds(90));
    OrderRequest order = Orders.paidWith("tok_ok");
    stack.start(order);
    stack.awaitStatus(order.orderId(), OrderStatus.AWAITING_PAYMENT, Duration.ofSeconds(30));
    return order;
  }
}
