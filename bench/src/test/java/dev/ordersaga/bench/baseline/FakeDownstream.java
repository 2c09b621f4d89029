package dev.ordersaga.bench.baseline;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The downstream systems as far as the happy path needs them: payment {@code pay-1} is PENDING on
 * the first read and {@link #paymentStatus} from the second; shipment {@code shp-1}. Records each
 * call as {@code METHOD path Idempotency-Key}.
 */
final class FakeDownstream implements AutoCloseable {
  final List<String> calls = new CopyOnWriteArrayList<>();
  volatile String paymentStatus = "SUCCEEDED";
  private final AtomicInteger polls = new AtomicInteger();
  private final HttpServer server;

  FakeDownstream() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
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
              "{\"paymentId\":\"pay-1\",\"status\":\""
                  + (polls.incrementAndGet() < 2 ? "PENDING" : paymentStatus)
                  + "\"}";
          case "/shipments" -> "{\"shipmentId\":\"shp-1\"}";
          default -> "{\"state\":\"OK\"}";
        };
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
