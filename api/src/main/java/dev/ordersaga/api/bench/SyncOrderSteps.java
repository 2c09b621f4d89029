package dev.ordersaga.api.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordersaga.order.LineItem;
import dev.ordersaga.order.OrderRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The order's eight steps as one synchronous chain of HTTP calls against the downstream systems:
 * open the record, reserve stock, charge, poll the payment until it settles, commit stock, ship,
 * notify the merchant, complete the record. The happy path only: the first failure ends the chain
 * and nothing is undone. Each call carries {@code Idempotency-Key: {orderId}:{step}}.
 */
public final class SyncOrderSteps {
  private final HttpClient http;
  private final ObjectMapper json;
  private final URI base;
  private final Duration pollInterval;
  private final Duration paymentWindow;
  private final Duration callTimeout;

  public SyncOrderSteps(
      HttpClient http,
      ObjectMapper json,
      URI base,
      Duration pollInterval,
      Duration paymentWindow,
      Duration callTimeout) {
    this.http = http;
    this.json = json;
    this.base = base;
    this.pollInterval = pollInterval;
    this.paymentWindow = paymentWindow;
    this.callTimeout = callTimeout;
  }

  /**
   * Runs every step of {@code order} and answers when the order is complete.
   *
   * @throws SyncStepFailedException naming the step that failed, or a payment that did not succeed
   */
  public SyncOrderResult place(OrderRequest order) throws InterruptedException {
    long started = System.nanoTime();
    String id = order.orderId();
    String total = order.total().toPlainString();
    List<Map<String, Object>> lines =
        order.items().stream()
            .map(i -> Map.<String, Object>of("sku", i.sku(), "quantity", i.quantity()))
            .toList();
    post(
        "open",
        "/records/" + id + "/open",
        id,
        Map.of(
            "customerId", order.customerId(),
            "currency", order.currency(),
            "total", total,
            "items", order.items().stream().map(SyncOrderSteps::item).toList()));
    post("reserve", "/inventory/reservations", id, Map.of("orderId", id, "lines", lines));
    String paymentId =
        post(
                "charge",
                "/payments",
                id,
                Map.of(
                    "orderId",
                    id,
                    "amount",
                    total,
                    "currency",
                    order.currency(),
                    "token",
                    order.payment().token()))
            .path("paymentId")
            .asText();
    awaitPayment(paymentId);
    post("commit", "/inventory/reservations/" + id + "/commit", id, Map.of());
    String shipmentId =
        post(
                "ship",
                "/shipments",
                id,
                Map.of("orderId", id, "address", order.shippingAddress(), "lines", lines))
            .path("shipmentId")
            .asText();
    post(
        "notify",
        "/notifications/merchant",
        id,
        Map.of(
            "orderId", id,
            "customerId", order.customerId(),
            "total", total,
            "currency", order.currency(),
            "shipmentId", shipmentId));
    post("complete", "/records/" + id + "/complete", id, Map.of());
    return new SyncOrderResult(
        id, "COMPLETED", paymentId, shipmentId, (System.nanoTime() - started) / 1_000_000);
  }

  private void awaitPayment(String paymentId) throws InterruptedException {
    long deadline = System.nanoTime() + paymentWindow.toNanos();
    while (true) {
      String status =
          send("payment status", HttpRequest.newBuilder(base.resolve("/payments/" + paymentId)))
              .path("status")
              .asText();
      switch (status) {
        case "SUCCEEDED" -> {
          return;
        }
        case "PENDING" -> {
          if (System.nanoTime() > deadline) {
            throw new SyncStepFailedException("payment", "still PENDING after " + paymentWindow);
          }
          Thread.sleep(pollInterval);
        }
        default -> throw new SyncStepFailedException("payment", paymentId + " is " + status);
      }
    }
  }

  private JsonNode post(String step, String path, String orderId, Object body)
      throws InterruptedException {
    try {
      return send(
          step,
          HttpRequest.newBuilder(base.resolve(path))
              .header("Idempotency-Key", orderId + ":" + step)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    } catch (JsonProcessingException e) {
      throw new SyncStepFailedException(step, e);
    }
  }

  private JsonNode send(String step, HttpRequest.Builder request) throws InterruptedException {
    try {
      HttpResponse<String> response =
          http.send(request.timeout(callTimeout).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new SyncStepFailedException(
            step, "HTTP " + response.statusCode() + " " + response.body());
      }
      return json.readTree(response.body());
    } catch (IOException e) {
      throw new SyncStepFailedException(step, e);
    }
  }

  private static Map<String, Object> item(LineItem line) {
    return Map.of(
        "sku", line.sku(),
        "quantity", line.quantity(),
        "unitPrice", line.unitPrice().toPlainString());
  }
}
