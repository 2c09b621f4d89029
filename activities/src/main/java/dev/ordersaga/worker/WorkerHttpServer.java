package dev.ordersaga.worker;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.ordersaga.telemetry.metrics.HttpServerRequests;
import dev.ordersaga.telemetry.metrics.ProcessMetrics;
import io.grpc.StatusRuntimeException;
import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The worker's own HTTP endpoints: {@code GET /health} (readiness: 200 only while the workers poll
 * and Temporal answers a real, cheap call within two seconds; 503 otherwise, also while the process
 * is still trying to reach Temporal), {@code GET /live} (liveness: 200 while the workers poll or
 * the process keeps trying to start them, 503 once they have stopped: such a process must be
 * replaced) and {@code GET /metrics} (Prometheus), each request timed in {@link
 * HttpServerRequests}. It listens before the workers start, so a worker that waits for Temporal is
 * seen as unhealthy, not as missing.
 */
final class WorkerHttpServer implements AutoCloseable {
  private final HttpServer server;
  private final WorkflowServiceStubs service;
  private final Supplier<WorkerStarter.State> workers;
  private final WorkerMetrics metrics;

  private WorkerHttpServer(
      HttpServer server,
      WorkflowServiceStubs service,
      Supplier<WorkerStarter.State> workers,
      WorkerMetrics metrics) {
    this.server = server;
    this.service = service;
    this.workers = workers;
    this.metrics = metrics;
  }

  /** Listens on {@code host:port} (port 0 picks a free one). */
  static WorkerHttpServer start(
      String host,
      int port,
      WorkflowServiceStubs service,
      Supplier<WorkerStarter.State> workers,
      WorkerMetrics metrics) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 16);
      WorkerHttpServer http = new WorkerHttpServer(server, service, workers, metrics);
      server.createContext("/health", http.timed("/health", http::health));
      server.createContext("/live", http.timed("/live", http::live));
      server.createContext("/metrics", http.timed("/metrics", http::metrics));
      server.start();
      return http;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + host + ":" + port, e);
    }
  }

  int port() {
    return server.getAddress().getPort();
  }

  private HttpHandler timed(String route, HttpHandler handler) {
    return exchange -> {
      long start = System.nanoTime();
      try {
        handler.handle(exchange);
      } finally {
        HttpServerRequests.record(
            metrics.registry(),
            exchange.getRequestMethod(),
            route,
            exchange.getResponseCode(),
            Duration.ofNanos(System.nanoTime() - start));
      }
    };
  }

  private void health(HttpExchange exchange) throws IOException {
    String state = workers.get().name().toLowerCase(Locale.ROOT);
    String temporal;
    try {
      service
          .blockingStub()
          .withDeadlineAfter(2, TimeUnit.SECONDS)
          .getSystemInfo(GetSystemInfoRequest.getDefaultInstance());
      temporal = "reachable";
    } catch (StatusRuntimeException e) {
      temporal = "unreachable\",\"status\":\"" + e.getStatus().getCode();
    }
    boolean healthy = state.equals("polling") && temporal.equals("reachable");
    respond(
        exchange,
        healthy ? 200 : 503,
        "application/json",
        "{\"workers\":\"" + state + "\",\"temporal\":\"" + temporal + "\"}");
  }

  private void live(HttpExchange exchange) throws IOException {
    WorkerStarter.State state = workers.get();
    respond(
        exchange,
        state == WorkerStarter.State.STOPPED ? 503 : 200,
        "application/json",
        "{\"workers\":\"" + state.name().toLowerCase(Locale.ROOT) + "\"}");
  }

  private void metrics(HttpExchange exchange) throws IOException {
    respond(exchange, 200, ProcessMetrics.CONTENT_TYPE, metrics.scrape());
  }

  private static void respond(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
