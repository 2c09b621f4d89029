package dev.ordersaga.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.OrderLedger;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.OrderStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Orders through the real dev server, sandbox and worker processes, to each of their ends. */
class OrderLifecycleIT {
  private static final Duration PAYMENT_WINDOW = Duration.ofSeconds(8);
  @AutoClose private static Stack stack;

  @BeforeAll
  static void up() {
    stack = new Stack("lifecycle", Duration.ofMillis(500), PAYMENT_WINDOW);
  }

  @Test
  void happyOrderCompletesWithEachEffectExactlyOnce() {
    OrderRequest order = Orders.paidWith("tok_ok");

    OrderLedger ledger = stack.runToEnd(order, Duration.ofSeconds(60));

    assertThat(ledger.status()).isEqualTo(OrderStatus.COMPLETED);
    Downstream downstream = stack.books();
    downstream.assertEachOnce(order.orderId(), Downstream.COMPLETED_ONCE);
    assertThat(downstream.effects(order.orderId(), "payment.refund")).isZero();
  }

  @Test
  void declinedCardEndsFailedWithStockReleasedAndNothingCharged() {
    OrderRequest order = failed("tok_decline", Duration.ofSeconds(60), "PaymentDeclined");

    Downstream downstream = stack.books();
    downstream.assertEachOnce(order.orderId(), List.of("stock.reserve", "stock.release"));
    downstream.assertNone(
        order.orderId(), List.of("stock.commit", "shipment.create", "payment.refund"));
    assertThat(downstream.paymentStatus(order.orderId())).isEqualTo("DECLINED");
  }

  @Test
  void paymentThatNeverSettlesEndsFailedWhenTheWindowCloses() {
    OrderRequest order = failed("tok_never", PAYMENT_WINDOW.plusSeconds(45), "PaymentExpired");

    Downstream downstream = stack.books();
    assertThat(downstream.effects(order.orderId(), "stock.release")).isEqualTo(1);
    assertThat(downstream.effects(order.orderId(), "shipment.create")).isZero();
  }

  /**
   * Runs an order paid with {@code token} to its end within {@code timeout}, asserting that it
   * failed for {@code reason}.
   */
  private static OrderRequest failed(String token, Duration timeout, String reason) {
    OrderRequest order = Orders.paidWith(token);
    OrderLedger ledger = stack.runToEnd(order, timeout);
    assertThat(ledger.status()).isEqualTo(OrderStatus.FAILED);
    assertThat(ledger.statusReason()).startsWith(reason);
    return order;
  }
}
