package dev.ordersaga.activities;

import static dev.ordersaga.activities.testing.Recorded.next;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.activities.http.HttpTimeouts;
import dev.ordersaga.activities.payments.PollerSettings;
import dev.ordersaga.activities.testing.Answers;
import dev.ordersaga.activities.testing.Orders;
import dev.ordersaga.order.steps.MerchantNotice;
import dev.ordersaga.order.steps.OpenRecordCommand;
import dev.ordersaga.order.steps.PaymentCommand;
import dev.ordersaga.order.steps.PaymentQuery;
import dev.ordersaga.order.steps.ReserveStockCommand;
import dev.ordersaga.order.steps.RiskCommand;
import dev.ordersaga.order.steps.ShipmentCommand;
import dev.ordersaga.order.steps.StockLine;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class DownstreamClientsTest {
  @StartStop private final MockWebServer server = new MockWebServer();

  @Test
  void theDefaultsPointEverySystemAtTheSandbox() {
    DownstreamConfig defaults = DownstreamConfig.defaults();

    assertThat(defaults.endpoints())
        .isEqualTo(Endpoints.all(URI.create("http://127.0.0.1:8090")))
        .isEqualTo(Endpoints.all("http://127.0.0.1:8090"));
    assertThat(defaults.timeouts()).isEqualTo(HttpTimeouts.defaults());
    assertThat(defaults.paymentWait()).isEqualTo(PollerSettings.defaults());
    assertThat(defaults.paymentWait().heartbeatInterval()).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void everyClientCallsItsSystemAtItsBaseUrl() throws Exception {
    URI base = server.url("/").uri();
    DownstreamConfig config = DownstreamConfig.defaults().withEndpoints(Endpoints.all(base));
    server.enqueue(Answers.json(201, "{\"orderId\":\"o-1\",\"state\":\"OPEN\"}"));
    server.enqueue(Answers.json(201, "{\"orderId\":\"o-1\",\"state\":\"RESERVED\"}"));
    server.enqueue(
        Answers.json(
            201, "{\"assessmentId\":\"ra-5\",\"orderId\":\"o-1\",\"decision\":\"approve\"}"));
    server.enqueue(
        Answers.json(201, "{\"paymentId\":\"pay-9\",\"orderId\":\"o-1\",\"status\":\"PENDING\"}"));
    server.enqueue(
        Answers.json(200, "{\"paymentId\":\"pay-9\",\"orderId\":\"o-1\",\"status\":\"PENDING\"}"));
    server.enqueue(
        Answers.json(201, "{\"shipmentId\":\"shp-3\",\"orderId\":\"o-1\",\"state\":\"CREATED\"}"));
    server.enqueue(Answers.json(202, "{\"orderId\":\"o-1\",\"state\":\"SENT\"}"));

    try (DownstreamClients clients = new DownstreamClients(config)) {
      List<StockLine> lines = List.of(new StockLine("SKU-1", 2));
      clients.orderRecords().open(OpenRecordCommand.of(Orders.order("o-1"), "o-1:open-record"));
      clients.inventory().reserve(new ReserveStockCommand("o-1", "o-1:reserve-stock", lines));
      clients
          .risk()
          .assess(
              new RiskCommand(
                  "o-1", "o-1:screen-fraud", "cust-7", new BigDecimal("44.98"), "USD", "ab12"));
      clients
          .payments()
          .request(
              new PaymentCommand(
                  "o-1", "o-1:request-payment", new BigDecimal("44.98"), "USD", "tok_ok"));
      clients.paymentStatus().check(new PaymentQuery("o-1", "pay-9"));
      clients
          .shipping()
          .create(new ShipmentCommand("o-1", "o-1:create-shipment", Orders.ADDRESS, lines));
      clients
          .notifications()
          .notifyMerchant(
              new MerchantNotice(
                  "o-1", "o-1:notify-merchant", "cust-7", new BigDecimal("44.98"), "USD", "shp-3"));
    }

    List<String> calls = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      var request = next(server);
      calls.add(request.getMethod() + " " + request.getUrl().encodedPath());
    }
    assertThat(calls)
        .containsExactly(
            "POST /records/o-1/open",
            "POST /inventory/reservations",
            "POST /risk/assessments",
            "POST /payments",
            "GET /payments/pay-9",
            "POST /shipments",
            "POST /notifications/merchant");
  }
}
