package dev.ordersaga.sandbox.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A small JSON client of one sandbox instance. Each request goes on a connection of its own ({@code
 * Connection: close}): a pooled connection the server has just closed would otherwise fail the next
 * request with "header parser received no bytes", a failure the JDK's client does not retry (the
 * workers' OkHttp does) and that no test here is about.
 */
public final class SandboxClient {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String base;

  /** A client of the sandbox listening on {@code port} of 127.0.0.1. */
  public SandboxClient(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  /** {@code POST path} with {@code Idempotency-Key: key} (none when null) and a JSON body. */
  public Reply post(String path, String key, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return send(request);
  }

  /** {@code POST path} with {@code key} and the body {@code {}}. */
  public Reply post(String path, String key) {
    return post(path, key, "{}");
  }

  /** {@code PUT path} with a JSON body. */
  public Reply put(String path, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** {@code DELETE path}. */
  public Reply delete(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
  }

  /** {@code GET path}. */
  public Reply get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  /** The effect counts of {@code orderId} in {@code GET /admin/state}. */
  public JsonNode effectsOf(String orderId) {
    return get("/admin/state").json().path("effects").path(orderId);
  }

  /** The JSON of {@code value}. */
  public static String json(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(20)).header("Connection", "close").build(),
              HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Parses {@code text} as JSON. */
  public static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + text, e);
    }
  }
}
