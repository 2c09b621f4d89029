package dev.ordersaga.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.processes.ApiProcess.Reply;
import dev.ordersaga.processes.Await;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The largest order the API accepts (its default limits: 100 lines, 25 different SKUs of 64
 * characters, every text field at its longest) runs to COMPLETED on the real dev server, which
 * enforces Temporal's size limits the in-memory test server does not; one SKU more is a 422.
 */
class LargestOrderIT {
  private static final int LINES = 100;
  private static final int DISTINCT_SKUS = 25;
  @AutoClose private static Stack stack;

  @BeforeAll
  static void up() throws IOException, InterruptedException {
    stack = new Stack("largest-order", Duration.ofMillis(500), Duration.ofSeconds(60));
    String stock =
        IntStream.range(0, DISTINCT_SKUS + 1)
            .mapToObj(i -> "\"" + sku(i) + "\": 100000")
            .collect(Collectors.joining(",", "{", "}"));
    HttpResponse<String> stocked =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(stack.sandbox.url() + "/admin/stock"))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(stock))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(stocked.statusCode()).as(stocked.body()).isEqualTo(200);
  }

  /** The {@code i}th SKU: 64 characters, distinct in its first ones. */
  private static String sku(int i) {
    String head = "SKU-" + i + "-";
    return head + "X".repeat(64 - head.length());
  }

  private static String order(int distinctSkus) {
    List<String> items = new ArrayList<>();
    for (int line = 0; line < LINES; line++) {
      items.add(
          "{\"sku\":\"%s\",\"quantity\":%d,\"unitPrice\":\"4.99\"}"
              .formatted(sku(line % distinctSkus), line == 0 ? 2 : 1));
    }
    return """
        {"customerId":"%s","currency":"USD","items":[%s],
         "payment":{"method":"card","token":"tok_ok"},
         "shippingAddress":{"name":"%s","line1":"%s","city":"%s","postalCode":"%s","country":"GB"}}
        """
        .formatted(
            "c".repeat(64),
            String.join(",", items),
            "N".repeat(200),
            "L".repeat(200),
            "C".repeat(100),
            "P".repeat(20));
  }

  @Test
  void theLargestOrderTheApiAcceptsRunsToCompleted() {
    Reply accepted = stack.api.post("/orders", order(DISTINCT_SKUS));

    assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(202);
    String path = "/orders/" + accepted.body().path("orderId").asText();
    Await.until(
        "the largest order to complete",
        Duration.ofSeconds(90),
        () -> stack.api.get(path).body().path("status").asText().equals("COMPLETED"));
    Reply done = stack.api.get(path);
    assertThat(done.body().path("finished").asBoolean()).isTrue();
    assertThat(done.body().path("total").asText()).isEqualTo("503.99");
  }

  @Test
  void oneDistinctSkuMoreIsRefusedWith422NamingItems() {
    Reply refused = stack.api.post("/orders", order(DISTINCT_SKUS + 1));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body().path("errors").findValuesAsText("field")).contains("items");
  }
}
