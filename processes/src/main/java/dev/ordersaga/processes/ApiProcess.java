package dev.ordersaga.processes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordersaga.telemetry.metrics.DropwizardMetrics;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** The REST front door in its own process, and a small client of it with the service token. */
public final class ApiProcess implements StackPart {
  /** The service token of every stack this JVM starts: drawn at random, no published value. */
  public static final String SERVICE_TOKEN = drawn("stack-service-");

  /** The operator token of every stack this JVM starts (the codec server's too). */
  public static final String OPERATOR_TOKEN = drawn("stack-operator-");

  /** The payment webhooks' signing secret of every stack this JVM starts. */
  public static final String WEBHOOK_SECRET = drawn("whsec_stack_");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final int port;
  private final int adminPort = FreePorts.next();
  private final HttpClient http = HttpClient.newHttpClient();
  private final ManagedProcess process;

  /** A JSON answer: status, headers of interest and body. */
  public record Reply(int status, String location, String retryAfter, JsonNode body) {}

  public ApiProcess(
      Path javaBinary,
      Path jar,
      Path config,
      Path dir,
      int port,
      String temporalAddress,
      Map<String, String> moreEnvironment) {
    this(javaBinary, jar, config, dir, port, temporalAddress, moreEnvironment, true);
  }

  /**
   * @param awaitHealthy whether to wait for its health check to pass (it fails while Temporal
   *     cannot be reached)
   */
  public ApiProcess(
      Path javaBinary,
      Path jar,
      Path config,
      Path dir,
      int port,
      String temporalAddress,
      Map<String, String> moreEnvironment,
      boolean awaitHealthy) {
    this.port = port;
    Map<String, String> env = new HashMap<>(moreEnvironment);
    env.putAll(
        Map.of(
            "TEMPORAL_ADDRESS",
            temporalAddress,
            "ORDER_SAGA_API_PORT",
            String.valueOf(port),
            "ORDER_SAGA_API_ADMIN_PORT",
            String.valueOf(adminPort),
            "ORDER_SAGA_SERVICE_TOKEN",
            SERVICE_TOKEN,
            "ORDER_SAGA_OPERATOR_TOKEN",
            OPERATOR_TOKEN,
            "ORDER_SAGA_WEBHOOK_SECRET",
            WEBHOOK_SECRET));
    process =
        ManagedProcess.start(
            "api",
            List.of(javaBinary.toString(), "-jar", jar.toString(), "server", config.toString()),
            StackCodec.withKeys(env),
            dir.resolve("api.log"));
    if (awaitHealthy) {
      Await.until(
          "the API health check on " + adminPort, Duration.ofSeconds(90), () -> health() == 200);
    }
  }

  /** The status of the admin port's {@code GET /healthcheck}: 200 healthy, 500 not. */
  public int health() {
    return send(HttpRequest.newBuilder(admin("/healthcheck")).GET()).status();
  }

  /** Where the API listens, e.g. {@code http://127.0.0.1:8080}. */
  public String url() {
    return "http://127.0.0.1:" + port;
  }

  public Reply post(String path, String json) {
    return send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Authorization", "Bearer " + SERVICE_TOKEN)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** {@code POST} with an {@code Idempotency-Key}. */
  public Reply post(String path, String json, String idempotencyKey) {
    return post(path, json, Map.of("Idempotency-Key", idempotencyKey));
  }

  /** {@code POST} with {@code headers} besides the bearer token (e.g. {@code traceparent}). */
  public Reply post(String path, String json, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Authorization", "Bearer " + SERVICE_TOKEN)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    headers.forEach(request::header);
    return send(request);
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL by pid. */
  public void kill() {
    process.kill();
  }

  /** Starts the same process again, without waiting for its health check. */
  public void restart() {
    process.start();
  }

  /** A webhook call: no bearer token, the given {@code Payment-Signature}. */
  public Reply postSigned(String path, String json, String signature) {
    return send(
        HttpRequest.newBuilder(URI.create(url() + path))
            .header("Payment-Signature", signature)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply get(String path) {
    return send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Authorization", "Bearer " + SERVICE_TOKEN)
            .GET());
  }

  /** A payment-provider callback: no bearer token, the given {@code Payment-Signature}. */
  public Reply webhook(String json, String signature) {
    return send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/payments"))
            .header("Payment-Signature", signature)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** {@code path} on the API's application port. */
  public URI uri(String path) {
    return URI.create(url() + path);
  }

  /** Its Prometheus page, on the admin port. */
  public URI metrics() {
    return admin(DropwizardMetrics.PATH);
  }

  private URI admin(String path) {
    return URI.create("http://127.0.0.1:" + adminPort + path);
  }

  private Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.ofString());
      JsonNode body = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Location").orElse(null),
          response.headers().firstValue("Retry-After").orElse(null),
          body);
    } catch (IOException e) {
      throw new IllegalStateException("API call failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    process.stop();
  }

  private static String drawn(String prefix) {
    byte[] random = new byte[16];
    new SecureRandom().nextBytes(random);
    return prefix + HexFormat.of().formatHex(random);
  }
}
