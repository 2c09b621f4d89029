package dev.ordersaga.sandbox.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;
import java.util.Optional;

/** One HTTP answer of the sandbox. */
public record Reply(int status, HttpHeaders headers, String body) {
  /** The body as JSON. */
  public JsonNode json() {
    return SandboxClient.parse(body);
  }

  /** The value of header {@code name}, if present. */
  public Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  /** The {@code Content-Type}, or empty text. */
  public String contentType() {
    return header("Content-Type").orElse("");
  }

  /** The text of top-level field {@code name}. */
  public String field(String name) {
    return json().path(name).asText();
  }
}
