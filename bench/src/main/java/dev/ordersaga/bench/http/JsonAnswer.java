package dev.ordersaga.bench.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The answer of the bench's own servers on the JDK's HTTP server: a JSON body. */
public final class JsonAnswer {
  private JsonAnswer() {}

  /** Answers {@code status} with {@code json} as an {@code application/json} body. */
  public static void send(HttpExchange exchange, int status, byte[] json) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, json.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(json);
    }
  }

  /** Answers {@code status} with {@code json}, encoded as UTF-8. */
  public static void send(HttpExchange exchange, int status, String json) throws IOException {
    send(exchange, status, json.getBytes(StandardCharsets.UTF_8));
  }
}
