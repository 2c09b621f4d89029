package dev.ordersaga.processes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small JSON-over-HTTP client of the stack's parts, on loopback only. */
public final class Http {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final Duration timeout;

  /** A JSON answer. */
  public record Reply(int status, JsonNode body) {}

  public Http(Duration timeout) {
    this.timeout = timeout;
  }

  public Reply get(URI uri, String bearer) {
    return send(withAuth(HttpRequest.newBuilder(uri), bearer).GET());
  }

  public Reply post(URI uri, String bearer, String json) {
    return send(
        withAuth(HttpRequest.newBuilder(uri), bearer)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** {@code POST} as an activity adapter sends it: JSON with an {@code Idempotency-Key}. */
  public Reply postIdempotent(URI uri, String idempotencyKey, String json) {
    return send(
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", idempotencyKey)
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply put(URI uri, String json) {
    return send(
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply delete(URI uri) {
    return send(HttpRequest.newBuilder(uri).DELETE());
  }

  /** Serializes {@code value} as JSON. */
  public static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot write " + value, e);
    }
  }

  private static HttpRequest.Builder withAuth(HttpRequest.Builder request, String bearer) {
    return bearer == null ? request : request.header("Authorization", "Bearer " + bearer);
  }

  private Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          client.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
      String body = response.body();
      return new Reply(
          response.statusCode(), body.isBlank() ? JSON.nullNode() : JSON.readTree(body));
    } catch (IOException e) {
      throw new IllegalStateException("HTTP call failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
