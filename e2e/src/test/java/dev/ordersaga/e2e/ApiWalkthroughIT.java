package dev.ordersaga.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.processes.ApiProcess.Reply;
import dev.ordersaga.processes.Await;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's curl walk-through, through the REST API process, on either engine ({@link Engines}).
 */
class ApiWalkthroughIT {
  private static Stack stack;

  @BeforeAll
  static void up() {
    stack = new Stack("api", Duration.ofSeconds(2), Duration.ofSeconds(60));
  }

  @AfterAll
  static void down() {
    if (stack != null) {
      stack.close();
    }
  }

  @Test
  void submittedOrderIsAcceptedAtOnceThenFollowedToCompleted() {
    Reply accepted = stack.api.post("/orders", Orders.json("tok_ok"));

    assertThat(accepted.status()).isEqualTo(202);
    assertThat(accepted.location()).endsWith("/orders/" + accepted.body().path("orderId").asText());
    String path = "/orders/" + accepted.body().path("orderId").asText();
    Await.until(
        "the order to complete",
        Duration.ofSeconds(60),
        () -> stack.api.get(path).body().path("status").asText().equals("COMPLETED"));
    assertThat(stack.api.get(path).body().path("merchantNotified").asBoolean()).isTrue();
  }

  @Test
  void orderCancelledWhileAwaitingPaymentEndsCancelled() {
    String path =
        "/orders/"
            + stack.api.post("/orders", Orders.json("tok_never")).body().path("orderId").asText();
    Await.until(
        "the order to await payment",
        Duration.ofSeconds(30),
        () -> stack.api.get(path).body().path("status").asText().equals("AWAITING_PAYMENT"));

    Reply cancel = stack.api.post(path + "/cancel", "{\"reason\":\"changed my mind\"}");

    assertThat(cancel.status()).isEqualTo(202);
    Await.until(
        "the order to be cancelled",
        Duration.ofSeconds(60),
        () -> stack.api.get(path).body().path("status").asText().equals("CANCELLED"));
  }

  @Test
  void cancelOfACompletedOrderIsRefusedWith409() {
    String path =
        "/orders/"
            + stack.api.post("/orders", Orders.json("tok_ok")).body().path("orderId").asText();
    Await.until(
        "the order to complete",
        Duration.ofSeconds(60),
        () -> stack.api.get(path).body().path("status").asText().equals("COMPLETED"));

    Reply cancel = stack.api.post(path + "/cancel", "{\"reason\":\"too late\"}");

    assertThat(cancel.status()).isEqualTo(409);
    assertThat(cancel.body().path("detail").asText()).contains("COMPLETED");
  }

  @Test
  void ordersAreListedByStatusFromVisibility() {
    String orderId =
        stack.api.post("/orders", Orders.json("tok_decline")).body().path("orderId").asText();

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
