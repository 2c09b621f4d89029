package dev.ordersaga.api.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ordersaga.order.LineItem;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.PaymentMethod;
import dev.ordersaga.order.ShippingAddress;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The baseline's chain of calls against a fake downstream that settles on the second poll. */
class SyncOrderStepsTest {
  private final List<String> calls = new CopyOnWriteArrayList<>();
  private final AtomicInteger polls = new AtomicInteger();
  private HttpServer downstream;
  private String paymentStatus = "SUCCEEDED";

  @BeforeEach
  void start() throws IOException {
    downstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    downstream.createContext("/", this::answer);
    downstream.start();
  }

  @AfterEach
  void stop() {
    downstream.stop(0);
  }

  @Test
  void runsEveryStepInOrderAndAnswersWhenTheOrderIsComplete() throws InterruptedException {
    SyncOrderResult result = steps().place(order());

    assertThat(result.status()).isEqualTo("COMPLETED");
    assertThat(result.paymentId()).isEqualTo("pay-1");
    assertThat(result.shipmentId()).isEqualTo("shp-1");
    assertThat(calls)
        .containsExactly(
            "POST /records/o-1/open o-1:open",
            "POST /inventory/reservations o-1:reserve",
            "POST /payments o-1:charge",
            "GET /payments/pay-1 null",
            "GET /payments/pay-1 null",
            "POST /inventory/reservations/o-1/commit o-1:commit",
            "POST /shipments o-1:ship",
            "POST /notifications/merchant o-1:notify",
            "POST /records/o-1/complete o-1:complete");
  }

  @Test
  void aDeclinedPaymentEndsTheChainNamingTheStep() {
    paymentStatus = "DECLINED";

    assertThatThrownBy(() -> steps().place(order()))
        .isInstanceOf(SyncStepFailedException.class)
        .hasMessageContaining("payment failed");
    assertThat(calls).noneMatch(call -> call.contains("/shipments"));
  }

  private SyncOrderSteps steps() {
    return new SyncOrderSteps(
        HttpClient.newHttpClient(),
        new ObjectMapper(),
        URI.create("http://127.0.0.1:" + downstream.getAddress().getPort()),
        Duration.ofMillis(1),
        Duration.ofSeconds(5),
        Duration.ofSeconds(5));
  }

  private static OrderRequest order() {
    return new OrderRequest(
        "o-1",
        "c-1",
        "USD",
        List.of(new LineItem("SKU-1", 2, new BigDecimal("19.99"))),
        new PaymentMethod("card", "tok_ok"),
        new ShippingAddress("Ada", "1 Way", "London", "N1 9GU", "GB"));
  }

  private void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    calls.add(
        exchange.getRequestMethod()
            + " "
            + path
            + " "
            + exchange.getRequestHeaders().getFirst("Idempotency-Key"));
    String body =
        switch (path) {
          case "/payments" -> "{\"paymentId\":\"pay-1\",\"status\":\"PENDING\"}";
          case "/payments/pay-1" ->
              "{\"status\":\"" + (polls.incrementAndGet() < 2 ? "PENDING" : paymentStatus) + "\"}";
          case "/shipments" -> "{\"shipmentId\":\"shp-1\"}";
          default -> "{}";
        };
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
