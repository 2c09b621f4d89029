package dev.ordersaga.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordersaga.activities.DownstreamClients;
import dev.ordersaga.activities.DownstreamConfig;
import dev.ordersaga.activities.Endpoints;
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
  private DownstreamClients clients;

  @BeforeEach
  void start() throws IOException {
    downstream = new FakeDownstream();
    clients =
        new DownstreamClients(
            DownstreamConfig.defaults().withEndpoints(Endpoints.all(downstream.url())));
  }

  @AfterEach
  void stop() {
    clients.close();
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

    assertThatThrownBy(() -> steps().place(order()))
        .isInstanceOf(SyncStepFailedException.class)
        .hasMessageStartingWith("await-payment failed: payment pay-1 is DECLINED");
    assertThat(downstream.calls).noneMatch(call -> call.contains("/shipments"));
  }

  private SyncOrderSteps steps() {
    return new SyncOrderSteps(clients, Duration.ofMillis(1), Duration.ofSeconds(5));
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
