package dev.ordersaga.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.OrderLedger;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.OrderStatus;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Orders through the real dev server, sandbox and worker processes, to each of their ends. */
class OrderLifecycleIT {
  private static final Duration PAYMENT_WINDOW = Duration.ofSeconds(8);
  private static Stack stack;

  @BeforeAll
  static void up() {
    stack = new Stack("lifecycle", Duration.ofMillis(500), PAYMENT_WINDOW);
  }

  @AfterAll
  static void down() {
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void happyOrderCompletesWithEachEffectExactlyOnce() {
    OrderRequest order = Orders.paidWith("tok_ok");

    stack.start(order);
    OrderLedger ledger = stack.result(order.orderId(), Duration.ofSeconds(60));

    assertThat(ledger.status()).isEqualTo(OrderStatus.COMPLETED);
    Downstream downstream = new Downstream(stack.sandbox.state());
    for (String effect :
        new String[] {"stock.reserve", "stock.commit", "payment.charge", "shipment.create"}) {
      assertThat(downstream.effects(order.orderId(), effect)).as(effect).isEqualTo(1);
    }
    assertThat(downstream.effects(order.orderId(), "payment.refund")).isZero();
  }

  @Test
  void declinedCardEndsFailedWithStockReleasedAndNothingCharged() {
    OrderRequest order = Orders.paidWith("tok_decline");

    stack.start(order);
    OrderLedger ledger = stack.result(order.orderId(), Duration.ofSeconds(60));

    assertThat(ledger.status()).isEqualTo(OrderStatus.FAILED);
    assertThat(ledger.statusReason()).startsWith("PaymentDeclined");
    Downstream downstream = new Downstream(stack.sandbox.state());
    assertThat(downstream.effects(order.orderId(), "stock.reserve")).isEqualTo(1);
    assertThat(downstream.effects(order.orderId(), "stock.release")).isEqualTo(1);
    assertThat(downstream.effects(order.orderId(), "stock.commit")).isZero();
    assertThat(downstream.effects(order.orderId(), "shipment.create")).isZero();
    assertThat(downstream.paymentStatus(order.orderId())).isEqualTo("DECLINED");
    assertThat(downstream.effects(order.orderId(), "payment.refund")).isZero();
  }

  @Test
  void paymentThatNeverSettlesEndsFailedWhenTheWindowCloses() {
    OrderRequest order = Orders.paidWith("tok_never");

    stack.start(order);
    OrderLedger ledger = stack.result(order.orderId(), PAYMENT_WINDOW.plusSeconds(45));

    assertThat(ledger.status()).isEqualTo(OrderStatus.FAILED);
    assertThat(ledger.statusReason()).startsWith("PaymentExpired");
    Downstream downstream = new Downstream(stack.sandbox.state());
    assertThat(downstream.effects(order.orderId(), "stock.release")).isEqualTo(1);
    assertThat(downstream.effects(order.orderId(), "shipment.create")).isZero();
  }
}
