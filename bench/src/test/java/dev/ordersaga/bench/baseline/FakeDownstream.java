package dev.ordersaga.bench.baseline;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.ordersaga.activities.DownstreamClients;
import dev.ordersaga.activities.DownstreamConfig;
import dev.ordersaga.activities.Endpoints;
import dev.ordersaga.bench.http.JsonAnswer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The downstream systems as far as the happy path needs them: the fraud check answers {@link
 * #riskDecision}; payment {@code pay-1} is PENDING on the first read and {@link #paymentStatus}
 * from the second; shipment {@code shp-1}. Records each call as {@code METHOD path
 * Idempotency-Key}. {@link #clients()} are the workers' adapters pointed at it.
 */
final class FakeDownstream implements AutoCloseable {
  final List<String> calls = new CopyOnWriteArrayList<>();
  volatile String riskDecision = "approve";
  volatile String paymentStatus = "SUCCEEDED";
  private final AtomicInteger polls = new AtomicInteger();
  private final HttpServer server;
  private final DownstreamClients clients;

  FakeDownstream() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.start();
    clients =
        new DownstreamClients(DownstreamConfig.defaults().withEndpoints(Endpoints.all(url())));
  }

  DownstreamClients clients() {
    return clients;
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
          case "/risk/assessments" ->
              "{\"assessmentId\":\"ra-1\",\"decision\":\"" + riskDecision + "\"}";
          case "/payments" -> "{\"paymentId\":\"pay-1\",\"status\":\"PENDING\"}";
          case "/payments/pay-1" ->
              "{\"paymentId\":\"pay-1\",\"status\":\""
                  + (polls.incrementAndGet() < 2 ? "PENDING" : paymentStatus)
                  + "\"}";
          case "/shipments" -> "{\"shipmentId\":\"shp-1\"}";
          default -> "{\"state\":\"OK\"}";
        };
    JsonAnswer.send(exchange, 200, body);
  }

  @Override
  public void close() {
    clients.close();
    server.stop(0);
  }
}
