package dev.ordersaga.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.processes.ApiProcess.Reply;
import dev.ordersaga.processes.Await;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's curl walk-through, through the REST API process, on either engine ({@link Engines}).
 */
class ApiWalkthroughIT {
  @AutoClose private static Stack stack;

  @BeforeAll
  static void up() {
    stack = new Stack("api", Duration.ofSeconds(2), Duration.ofSeconds(60));
  }

  @Test
  void submittedOrderIsAcceptedAtOnceThenFollowedToCompleted() {
    Reply accepted = stack.api.post("/orders", Orders.json("tok_ok"));

    assertThat(accepted.status()).isEqualTo(202);
    assertThat(accepted.location()).endsWith("/orders/" + accepted.body().path("orderId").asText());
    String orderId = accepted.body().path("orderId").asText();
    ApiOrders.awaitStatus(stack.api, orderId, "COMPLETED", Duration.ofSeconds(60));
    assertThat(stack.api.get("/orders/" + orderId).body().path("merchantNotified").asBoolean())
        .isTrue();
  }

  @Test
  void theRunbooksJqLineFollowsOneOrderAcrossTheApiTheWorkersAndTheSandboxOldestFirst()
      throws IOException {
    String orderId = ApiOrders.place(stack.api, "tok_ok");
    ApiOrders.awaitStatus(stack.api, orderId, "COMPLETED", Duration.ofSeconds(60));
    Path checkout = Files.createTempDirectory(stack.dir, "checkout-");
    Files.createSymbolicLink(
        Files.createDirectories(checkout.resolve(".data")).resolve("logs"), stack.dir);

    List<String> lines =
        Await.value(
            "the lines of " + orderId + " from the API and the last step's worker",
            Duration.ofSeconds(10),
            () -> {
              List<String> found = followed(orderId, checkout);
              boolean fromBoth =
                  found.stream().anyMatch(line -> line.contains("api.log INFO - order " + orderId))
                      && found.stream().anyMatch(line -> line.contains(" complete-record "));
              return fromBoth ? found : null;
            });

    assertThat(lines)
        .anyMatch(line -> line.contains(" reserve-stock "))
        .anyMatch(line -> line.contains(" create-shipment "))
        .anyMatch(line -> line.contains(" sandbox.log INFO - payment "))
        .allMatch(line -> line.split(" ")[1].matches("api\\.log|sandbox\\.log|worker-.*\\.log"));
    List<String> times = lines.stream().map(line -> line.split(" ")[0]).toList();
    assertThat(times).isSorted();
  }

  private static List<String> followed(String orderId, Path checkout) {
    return stack
        .runbook()
        .run("follow-order", Map.of("ORDER_ID", orderId), checkout)
        .lines()
        .toList();
  }

  @Test
  void orderCancelledWhileAwaitingPaymentEndsCancelled() {
    String orderId = ApiOrders.place(stack.api, "tok_never");
    ApiOrders.awaitStatus(stack.api, orderId, "AWAITING_PAYMENT", Duration.ofSeconds(30));

    Reply cancel =
        stack.api.post("/orders/" + orderId + "/cancel", "{\"reason\":\"changed my mind\"}");

    assertThat(cancel.status()).isEqualTo(202);
    ApiOrders.awaitStatus(stack.api, orderId, "CANCELLED", Duration.ofSeconds(60));
  }

  @Test
  void cancelOfACompletedOrderIsRefusedWith409() {
    String orderId = ApiOrders.place(stack.api, "tok_ok");
    ApiOrders.awaitStatus(stack.api, orderId, "COMPLETED", Duration.ofSeconds(60));

    Reply cancel = stack.api.post("/orders/" + orderId + "/cancel", "{\"reason\":\"too late\"}");

    assertThat(cancel.status()).isEqualTo(409);
    assertThat(cancel.body().path("detail").asText()).contains("COMPLETED");
  }

  @Test
  void ordersAreListedByStatusFromVisibility() {
    String orderId = ApiOrders.place(stack.api, "tok_decline");

    Await.until(
        "the declined order to be listed as FAILED",
        Duration.ofSeconds(60),
        () ->
            stack
                .api
                .get("/orders?status=FAILED&customerId=c-e2e-api")
                .body()
                .path("orders")
                .findValuesAsText("orderId")
                .contains(orderId));
  }

  @Test
  void invalidOrderIsRefusedWithAProblemAndStartsNothing() {
    Reply refused =
        stack.api.post(
            "/orders", Orders.json("tok_ok").replace("\"quantity\":2", "\"quantity\":0"));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.body().path("errors").toString()).contains("quantity");
  }
}
