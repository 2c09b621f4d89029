package dev.ordersaga.activities.payments;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A payment provider answering {@code GET /payments/{id}} and {@code POST /payments/status}:
 * PENDING until {@link #settleAll}, then SUCCEEDED. Served on virtual threads, so the provider adds
 * no platform thread per request.
 */
final class FakeProvider implements AutoCloseable {
  private final HttpServer server;
  private static final Pattern ID = Pattern.compile("\"([^\"]+)\"");
  private final Set<String> polled = ConcurrentHashMap.newKeySet();
  private final AtomicInteger calls = new AtomicInteger();
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

  /** Status calls answered. */
  int calls() {
    return calls.get();
  }

  /** Distinct payments polled at least once. */
  int polledPayments() {
    return polled.size();
  }

  void settleAll() {
    settled = true;
  }

  private void payment(HttpExchange exchange) throws IOException {
    calls.incrementAndGet();
    String id = exchange.getRequestURI().getPath().substring("/payments/".length());
    String reply;
    if (id.equals("status")) {
      List<String> views = new ArrayList<>();
      String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Matcher ids = ID.matcher(request.substring(request.indexOf('[')));
      while (ids.find()) {
        views.add(view(ids.group(1)));
      }
      reply = "{\"payments\":[" + String.join(",", views) + "]}";
    } else {
      reply = view(id);
    }
    byte[] body = reply.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private String view(String id) {
    polled.add(id);
    String status = settled ? "SUCCEEDED" : "PENDING";
    return "{\"paymentId\":\"" + id + "\",\"orderId\":\"o\",\"status\":\"" + status + "\"}";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
