package dev.ordersaga.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordersaga.processes.FreePorts;
import dev.ordersaga.processes.ManagedProcess;
import dev.ordersaga.processes.StackPart;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The sandbox of downstream systems in its own process, with its own database file. */
final class SandboxProcess implements StackPart {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final int port = FreePorts.next();
  private final int adminPort = FreePorts.next();
  private final HttpClient http = HttpClient.newHttpClient();
  private final ManagedProcess process;

  SandboxProcess(
      Path javaBinary,
      Path jar,
      Path config,
      Path dir,
      Duration settleDelay,
      Map<String, String> moreEnvironment) {
    Map<String, String> env = new HashMap<>(moreEnvironment);
    env.putAll(
        Map.of(
            "SANDBOX_PORT",
            String.valueOf(port),
            "SANDBOX_ADMIN_PORT",
            String.valueOf(adminPort),
            "SANDBOX_SETTLE_DELAY",
            settleDelay.toMillis() + "ms",
            "SANDBOX_DB_URL",
            "jdbc:h2:file:"
                + dir.resolve("sandbox-db").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"));
    process =
        ManagedProcess.start(
            "sandbox",
            List.of(javaBinary.toString(), "-jar", jar.toString(), "server", config.toString()),
            env,
            dir.resolve("sandbox.log"));
    Await.until(
        "the sandbox health check on " + adminPort,
        Duration.ofSeconds(60),
        () ->
            get(URI.create("http://127.0.0.1:" + adminPort + "/healthcheck")).statusCode() == 200);
  }

  String url() {
    return "http://127.0.0.1:" + port;
  }

  /** {@code GET /admin/state}: what really happened downstream. */
  JsonNode state() {
    HttpResponse<String> response = get(URI.create(url() + "/admin/state"));
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException("bad /admin/state body: " + response.body(), e);
    }
  }

  /**
   * {@code PUT /admin/faults/{system}} with an outage: every call to {@code system} (e.g. {@code
   * payments}) answers 503 with {@code Retry-After: 1} until {@link #clearFaults}.
   */
  void outage(String system) {
    admin(
        "PUT",
        "/admin/faults/" + system,
        HttpRequest.BodyPublishers.ofString("{\"outage\":true,\"retryAfterSeconds\":1}"));
  }

  /** {@code PUT /admin/stock}: {@code sku} has {@code available} units (created when unknown). */
  void stock(String sku, int available) {
    admin(
        "PUT",
        "/admin/stock",
        HttpRequest.BodyPublishers.ofString("{\"" + sku + "\":" + available + "}"));
  }

  /** {@code PUT /admin/faults/{system}} with {@code json}, e.g. {@code {"failureRate":0.3}}. */
  void fault(String system, String json) {
    admin("PUT", "/admin/faults/" + system, HttpRequest.BodyPublishers.ofString(json));
  }

  /**
   * {@code PUT /admin/faults/{system}} with {@code latencyMs}: every call to {@code system} that
   * arrives from now on waits that long first, until {@link #clearFaults}.
   */
  void latency(String system, Duration latency) {
    admin(
        "PUT",
        "/admin/faults/" + system,
        HttpRequest.BodyPublishers.ofString("{\"latencyMs\":" + latency.toMillis() + "}"));
  }

  /** How many calls to {@code system} are waiting out their latency now. */
  int waiting(String system) {
    HttpResponse<String> response = get(URI.create(url() + "/admin/faults"));
    try {
      for (JsonNode fault : JSON.readTree(response.body())) {
        if (system.equals(fault.path("system").asText())) {
          return fault.path("waiting").asInt();
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("bad /admin/faults body: " + response.body(), e);
    }
    throw new IllegalStateException("no fault of " + system + " in " + response.body());
  }

  /**
   * {@code POST path} with {@code Idempotency-Key: key} and the JSON {@code body}, as an adapter
   * would send it; answers the status and the problem {@code code} (empty on success).
   */
  String post(String path, String key, String body) {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(url() + path))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(5))
                .build());
    try {
      return response.statusCode() + " " + JSON.readTree(response.body()).path("code").asText();
    } catch (IOException e) {
      throw new IllegalStateException("bad answer to POST " + path + ": " + response.body(), e);
    }
  }

  /** {@code DELETE /admin/faults}: every system answers normally again. */
  void clearFaults() {
    admin("DELETE", "/admin/faults", HttpRequest.BodyPublishers.noBody());
  }

  /** {@code PUT /admin/payments/{paymentId}}: the pending payment succeeds now. */
  void settle(String paymentId) {
    admin(
        "PUT",
        "/admin/payments/" + paymentId,
        HttpRequest.BodyPublishers.ofString("{\"status\":\"SUCCEEDED\"}"));
  }

  private void admin(String method, String path, HttpRequest.BodyPublisher body) {
    URI uri = URI.create(url() + path);
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .method(method, body)
                .timeout(Duration.ofSeconds(5))
                .build());
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(
          method + " " + uri + " answered " + response.statusCode() + ": " + response.body());
    }
  }

  private HttpResponse<String> get(URI uri) {
    return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    URI uri = request.uri();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(request.method() + " " + uri + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    process.stop();
  }
}
