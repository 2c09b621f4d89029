package dev.ordersaga.processes;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Jaeger (its v2 binary, built by {@code scripts/install-jaeger.sh}) in its own process on free
 * loopback ports with the project's {@code config/jaeger/config.yaml}: OTLP in, traces in memory,
 * the query API out. {@link #tracingEnvironment()} points a process of the stack at it.
 */
public final class JaegerProcess implements StackPart {
  private final Http http = new Http(Duration.ofSeconds(10));
  private final int otlpHttpPort = FreePorts.next();
  private final int queryPort = FreePorts.next();
  private final int healthPort = FreePorts.next();
  private final ManagedProcess process;

  /** Starts {@code binary} with {@code config}, its log under {@code dir}; answers once healthy. */
  public JaegerProcess(Path binary, Path config, Path dir) {
    process =
        ManagedProcess.start(
            "jaeger",
            List.of(binary.toString(), "--config", config.toString()),
            Map.of(
                "JAEGER_OTLP_HTTP_ADDRESS", "127.0.0.1:" + otlpHttpPort,
                "JAEGER_OTLP_GRPC_ADDRESS", "127.0.0.1:" + FreePorts.next(),
                "JAEGER_QUERY_ADDRESS", "127.0.0.1:" + queryPort,
                "JAEGER_QUERY_GRPC_ADDRESS", "127.0.0.1:" + FreePorts.next(),
                "JAEGER_HEALTH_ADDRESS", "127.0.0.1:" + healthPort),
            dir.resolve("jaeger.log"));
    Await.until(
        "Jaeger to be healthy (log " + process.log() + ")",
        Duration.ofSeconds(30),
        () ->
            http.get(URI.create("http://127.0.0.1:" + healthPort + "/status"), null).status()
                == 200);
  }

  /**
   * The variables that switch a process's tracing on and send its spans here ({@code
   * Tracing.open}); each process keeps its own service name.
   */
  public Map<String, String> tracingEnvironment() {
    return Map.of(
        "ORDER_SAGA_TRACING",
        "on",
        "OTEL_EXPORTER_OTLP_ENDPOINT",
        "http://127.0.0.1:" + otlpHttpPort);
  }

  /**
   * The trace {@code traceId} as the query API answers it ({@code GET /api/traces/{id}}: its {@code
   * spans} and {@code processes}), or empty while Jaeger has none of its spans.
   */
  public Optional<JsonNode> trace(String traceId) {
    Http.Reply reply = http.get(URI.create(queryUrl() + "/api/traces/" + traceId), null);
    JsonNode first = reply.body().path("data").path(0);
    return reply.status() == 200 && first.isObject() ? Optional.of(first) : Optional.empty();
  }

  /**
   * The services it holds spans of ({@code GET /api/services}), e.g. {@code order-saga-api}.
   *
   * @throws IllegalStateException when the query API does not answer 200
   */
  public List<String> services() {
    Http.Reply reply = http.get(URI.create(queryUrl() + "/api/services"), null);
    if (reply.status() != 200) {
      throw new IllegalStateException("Jaeger's /api/services answered " + reply.status());
    }
    List<String> services = new ArrayList<>();
    reply.body().path("data").forEach(name -> services.add(name.asText()));
    return List.copyOf(services);
  }

  /** Its query API and UI, e.g. {@code http://127.0.0.1:16686} under {@code make up}. */
  public String queryUrl() {
    return "http://127.0.0.1:" + queryPort;
  }

  public long pid() {
    return process.pid();
  }

  @Override
  public void close() {
    process.stop();
  }
}
