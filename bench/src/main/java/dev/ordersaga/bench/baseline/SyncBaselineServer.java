package dev.ordersaga.bench.baseline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ordersaga.bench.http.JsonAnswer;
import dev.ordersaga.order.OrderRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The synchronous baseline's HTTP front door, on loopback, one virtual thread per request. {@code
 * POST /sync-orders} takes the body of the API's {@code POST /orders}, runs every step inline
 * ({@link SyncOrderSteps}) and answers {@code 200} with the completed order only when all are done,
 * {@code 502} naming the step that failed, or {@code 400} for a body that is not an order. {@code
 * GET /health} answers {@code 200} once it listens.
 */
public final class SyncBaselineServer implements AutoCloseable {
  private static final int BACKLOG = 1024;

  private final HttpServer server;
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
  private final SyncOrderSteps steps;
  private final ObjectMapper json;

  private SyncBaselineServer(HttpServer server, SyncOrderSteps steps, ObjectMapper json) {
    this.server = server;
    this.steps = steps;
    this.json = json;
  }

  /** Listens on {@code port} of the loopback address (0: any free port) until closed. */
  public static SyncBaselineServer start(int port, SyncOrderSteps steps, ObjectMapper json)
      throws IOException {
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), BACKLOG);
    SyncBaselineServer baseline = new SyncBaselineServer(http, steps, json);
    http.createContext("/sync-orders", baseline::placeOrder);
    http.createContext("/health", exchange -> baseline.answer(exchange, 200, Map.of("ok", true)));
    http.setExecutor(baseline.threads);
    http.start();
    return baseline;
  }

  /** The port it listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  private void placeOrder(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestMethod().equals("POST")) {
      answer(exchange, 405, Map.of("detail", "POST only"));
      return;
    }
    OrderRequest order;
    try (InputStream body = exchange.getRequestBody()) {
      ObjectNode fields = (ObjectNode) json.readTree(body);
      fields.put("orderId", "sync-" + UUID.randomUUID());
      order = json.treeToValue(fields, OrderRequest.class);
    } catch (IOException | RuntimeException e) {
      answer(exchange, 400, Map.of("detail", "not an order: " + e.getMessage()));
      return;
    }
    try {
      answer(exchange, 200, steps.place(order));
    } catch (SyncStepFailedException e) {
      answer(exchange, 502, Map.of("detail", e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      answer(exchange, 503, Map.of("detail", "stopping"));
    }
  }

  private void answer(HttpExchange exchange, int status, Object body) throws IOException {
    JsonAnswer.send(exchange, status, json.writeValueAsBytes(body));
  }

  /** Stops listening, letting requests in flight end within a second. */
  @Override
  public void close() {
    server.stop(1);
    threads.shutdownNow();
  }
}
