package dev.ordersaga.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.activities.http.JsonMapper;
import dev.ordersaga.processes.Http;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /sync-orders} over HTTP, with the body the benchmark sends. */
class SyncBaselineServerTest {
  private static final String ORDER =
      """
      {"customerId":"c-bench","currency":"USD",
       "items":[{"sku":"SKU-1","quantity":1,"unitPrice":"19.99"}],
       "payment":{"method":"card","token":"tok_ok"},
       "shippingAddress":{"name":"Ada Lovelace","line1":"1 Analytical Way","city":"London",
                          "postalCode":"N1 9GU","country":"GB"}}
      """;

  private final Http http = new Http(Duration.ofSeconds(10));
  private FakeDownstream downstream;
  private SyncBaselineServer server;

  @BeforeEach
  void start() throws IOException {
    downstream = new FakeDownstream();
    server =
        SyncBaselineServer.start(
            0,
            new SyncOrderSteps(downstream.clients(), Duration.ofMillis(1), Duration.ofSeconds(5)),
            JsonMapper.create());
  }

  @AfterEach
  void stop() {
    server.close();
    downstream.close();
  }

  @Test
  void anOrderIsAnswered200WhenEveryStepIsDone() {
    Http.Reply reply = http.post(uri("/sync-orders"), null, ORDER);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().path("status").asText()).isEqualTo("COMPLETED");
    assertThat(reply.body().path("orderId").asText()).startsWith("sync-");
    assertThat(downstream.calls).last().asString().startsWith("POST /records/sync-");
  }

  @Test
  void aDeclinedPaymentIs502NamingTheStep() {
    downstream.paymentStatus = "DECLINED";

    Http.Reply reply = http.post(uri("/sync-orders"), null, ORDER);

    assertThat(reply.status()).isEqualTo(502);
    assertThat(reply.body().path("detail").asText()).startsWith("await-payment failed");
  }

  @Test
  void aBodyThatIsNotAnOrderIs400() {
    Http.Reply reply = http.post(uri("/sync-orders"), null, "{\"currency\":\"USD\"}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(downstream.calls).isEmpty();
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }
}
