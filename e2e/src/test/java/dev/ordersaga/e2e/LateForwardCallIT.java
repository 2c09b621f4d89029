package dev.ordersaga.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.OrderLedger;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.OrderStatus;
import dev.ordersaga.processes.Await;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A forward call still in flight when its step times out lands after the step's undo: the sandbox's
 * undo fence refuses it ({@code AlreadyUndone}), so nothing stays charged or reserved. Workers on
 * {@code late-call-worker.yml} (payment request and reservation end after 3 s).
 */
class LateForwardCallIT {
  private static final Duration HELD = Duration.ofSeconds(8);
  @AutoClose private static Stack stack;

  @BeforeAll
  static void up() {
    stack =
        new Stack(
            "late-call",
            Duration.ofMillis(500),
            Duration.ofSeconds(60),
            "late-call-worker.yml",
            false,
            Map.of());
  }

  @AfterEach
  void heal() {
    stack.sandbox.clearFaults();
  }

  @Test
  void aChargeThatLandsAfterItsRefundIsRefusedAndNothingStaysCharged() {
    OrderRequest order = Orders.paidWith("tok_ok");

    OrderLedger ledger = overtaken(order, "payments");
    String again =
        stack.sandbox.post(
            "/payments",
            order.orderId() + ":request-payment",
            """
            {"orderId":"%s","amount":"39.98","currency":"USD","token":"tok_ok"}"""
                .formatted(order.orderId()));

    assertThat(ledger.status()).isIn(OrderStatus.FAILED, OrderStatus.CANCELLED);
    assertThat(again).isEqualTo("409 AlreadyUndone");
    Downstream downstream = new Downstream(stack.sandbox.state());
    assertThat(downstream.paymentStatus(order.orderId())).isNull();
    assertThat(downstream.effects(order.orderId(), "payment.charge")).isZero();
    assertThat(downstream.effects(order.orderId(), "stock.reserve")).isEqualTo(1);
    assertThat(downstream.effects(order.orderId(), "stock.release")).isEqualTo(1);
    assertThat(downstream.effects(order.orderId(), "shipment.create")).isZero();
  }

  @Test
  void aReservationThatLandsAfterItsReleaseIsRefusedAndNothingStaysReserved() {
    OrderRequest order = Orders.of("c-late", "SKU-LATE", "tok_ok");
    stack.sandbox.stock("SKU-LATE", 10);

    OrderLedger ledger = overtaken(order, "inventory");
    String again =
        stack.sandbox.post(
            "/inventory/reservations",
            order.orderId() + ":reserve-stock",
            """
            {"orderId":"%s","lines":[{"sku":"SKU-LATE","quantity":2}]}"""
                .formatted(order.orderId()));

    assertThat(ledger.status()).isIn(OrderStatus.FAILED, OrderStatus.CANCELLED);
    assertThat(again).isEqualTo("409 AlreadyUndone");
    Downstream downstream = new Downstream(stack.sandbox.state());
    assertThat(downstream.effects(order.orderId(), "stock.reserve")).isZero();
    assertThat(downstream.stock("SKU-LATE", "available")).isEqualTo(10);
    assertThat(downstream.stock("SKU-LATE", "reserved")).isZero();
    assertThat(downstream.stock("SKU-LATE", "sold")).isZero();
    assertThat(downstream.paymentStatus(order.orderId())).isNull();
  }

  /**
   * Places {@code order} while {@code system} holds every call for {@link #HELD}; once the step's
   * call is held, lets the undo through unheld; answers the order's final ledger after the held
   * call has landed too. A forward call sent afterwards under the step's key waits for the held one
   * (forward and undo of a step are serialized), so the books read after it are final.
   */
  private static OrderLedger overtaken(OrderRequest order, String system) {
    stack.sandbox.latency(system, HELD);
    stack.start(order);
    Await.until(
        "the " + system + " call of " + order.orderId() + " to be held",
        Duration.ofSeconds(30),
        () -> stack.sandbox.waiting(system) == 1);
    stack.sandbox.clearFaults();
    OrderLedger ledger = stack.result(order.orderId(), Duration.ofSeconds(60));
    Await.until(
        "the held " + system + " call to land",
        HELD.plusSeconds(10),
        () -> stack.sandbox.waiting(system) == 0);
    return ledger;
  }
}
