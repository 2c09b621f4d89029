package dev.ordersaga.e2e;

import dev.ordersaga.processes.ApiProcess;
import dev.ordersaga.processes.Await;
import java.time.Duration;

/** Orders placed and followed through the REST API process, as its clients do. */
final class ApiOrders {
  private ApiOrders() {}

  /**
   * Places {@link Orders#json the tests' order} paid with {@code token}.
   *
   * @return the order id the API answered, blank when it refused the order
   */
  static String place(ApiProcess api, String token) {
    return api.post("/orders", Orders.json(token)).body().path("orderId").asText();
  }

  /** The order's status as {@code GET /orders/{id}} answers it now. */
  static String status(ApiProcess api, String orderId) {
    return api.get("/orders/" + orderId).body().path("status").asText();
  }

  /** Waits at most {@code within} for {@code GET /orders/{id}} to answer {@code status}. */
  static void awaitStatus(ApiProcess api, String orderId, String status, Duration within) {
    Await.until(
        "order " + orderId + " to be " + status + " through the API",
        within,
        () -> status(api, orderId).equals(status));
  }
}
