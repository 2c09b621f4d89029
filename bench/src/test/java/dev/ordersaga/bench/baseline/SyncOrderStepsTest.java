package dev.ordersaga.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordersaga.order.LineItem;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.PaymentMethod;
import dev.ordersaga.order.ShippingAddress;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The baseline's chain of calls through the adapters, against a fake downstream. */
class SyncOrderStepsTest {
  private FakeDownstream downstream;

  @BeforeEach
  void start() throws IOException {
    downstream = new FakeDownstream();
  }

  @AfterEach
  void stop() {
    downstream.close();
  }

  @Test
  void runsEveryStepInOrderWithTheWorkersKeysAndAnswersWhenTheOrderIsComplete()
      throws InterruptedException {
    SyncOrderResult result = steps().place(order());

    assertThat(result.status()).isEqualTo("COMPLETED");
    assertThat(result.paymentId()).isEqualTo("pay-1");
    assertThat(result.shipmentId()).isEqualTo("shp-1");
    assertThat(downstream.calls)
        .containsExactly(
            "POST /records/o-1/open o-1:open-record",
            "POST /inventory/reservations o-1:reserve-stock",
            "POST /risk/assessments o-1:screen-fraud",
            "POST /payments o-1:request-payment",
            "GET /payments/pay-1 null",
            "GET /payments/pay-1 null",
            "POST /inventory/reservations/o-1/commit o-1:commit-stock",
            "POST /shipments o-1:create-shipment",
            "POST /notifications/merchant o-1:notify-merchant",
            "POST /records/o-1/complete o-1:complete-record");
  }

  @Test
  void aDeclinedPaymentEndsTheChainNamingTheStep() {
    downstream.paymentStatus = "DECLINED";

    assertChainEnds("await-payment failed: payment pay-1 is DECLINED", "/shipments");
  }

  @Test
  void aFraudCheckThatDoesNotApproveEndsTheChainBeforeThePayment() {
    downstream.riskDecision = "review";

    assertChainEnds("screen-fraud failed: the risk provider answered REVIEW", "/payments");
  }

  /** The chain fails with {@code message} and never calls a path containing {@code notCalled}. */
  private void assertChainEnds(String message, String notCalled) {
    assertThatThrownBy(() -> steps().place(order()))
        .isInstanceOf(SyncStepFailedException.class)
        .hasMessageStartingWith(message);
    assertThat(downstream.calls).noneMatch(call -> call.contains(notCalled));
  }

  private SyncOrderSteps steps() {
    return new SyncOrderSteps(downstream.clients(), Duration.ofMillis(1), Duration.ofSeconds(5));
  }

  static OrderRequest order() {
    return new OrderRequest(
        "o-1",
        "c-1",
        "USD",
        List.of(new LineItem("SKU-1", 2, new BigDecimal("19.99"))),
        new PaymentMethod("card", "tok_ok"),
        new ShippingAddress("Ada", "1 Way", "London", "N1 9GU", "GB"));
  }
}
