package dev.ordersaga.bench.waiting;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ordersaga.bench.http.JsonAnswer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A payment provider on loopback answering {@code POST /payments/status} as the sandbox does
 * (sandbox/API.md): every payment PENDING until {@link #settleAll}, then SUCCEEDED.
 */
final class StubProvider implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final AtomicLong calls = new AtomicLong();
  private volatile boolean settled;

  StubProvider() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
    server.createContext("/payments/status", this::status);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  long calls() {
    return calls.get();
  }

  void settleAll() {
    settled = true;
  }

  private void status(HttpExchange exchange) throws IOException {
    calls.incrementAndGet();
    String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String status = settled ? "SUCCEEDED" : "PENDING";
    List<String> views = new ArrayList<>();
    int at = request.indexOf('[');
    while ((at = request.indexOf('"', at + 1)) >= 0) {
      int end = request.indexOf('"', at + 1);
      String id = request.substring(at + 1, end);
      views.add("{\"paymentId\":\"" + id + "\",\"orderId\":\"o\",\"status\":\"" + status + "\"}");
      at = end;
    }
    JsonAnswer.send(exchange, 200, "{\"payments\":[" + String.join(",", views) + "]}");
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
