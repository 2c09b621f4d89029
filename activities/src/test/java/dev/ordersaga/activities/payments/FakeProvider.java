package dev.ordersaga.activities.payments;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A payment provider answering {@code GET /payments/{id}}: PENDING until {@link #settleAll}, then
 * SUCCEEDED. Served on virtual threads, so the provider adds no platform thread per request.
 */
final class FakeProvider implements AutoCloseable {
  private final HttpServer server;
  private final Set<String> polled = ConcurrentHashMap.newKeySet();
  private volatile boolean settled;

  FakeProvider() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/payments/", this::payment);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  /** Distinct payments polled at least once. */
  int polledPayments() {
    return polled.size();
  }

  void settleAll() {
    settled = true;
  }

  private void payment(HttpExchange exchange) throws IOException {
    String id = exchange.getRequestURI().getPath().substring("/payments/".length());
    polled.add(id);
    String status = settled ? "SUCCEEDED" : "PENDING";
    byte[] body =
        ("{\"paymentId\":\"" + id + "\",\"orderId\":\"o\",\"status\":\"" + status + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
