package dev.ordersaga.sandbox.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A tiny HTTP server on a random port of 127.0.0.1 recording every webhook it receives. */
public final class WebhookReceiver implements AutoCloseable {
  /**
   * One received webhook.
   *
   * @param signature the {@code Payment-Signature} header
   * @param body the raw body
   */
  public record Delivery(String signature, String body) {}

  private final HttpServer server;
  private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

  /** Starts listening. */
  public WebhookReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/webhook",
        exchange -> {
          try (InputStream in = exchange.getRequestBody()) {
            deliveries.add(
                new Delivery(
                    exchange.getRequestHeaders().getFirst("Payment-Signature"),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)));
          }
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.start();
  }

  /** The callback URL to configure. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/webhook";
  }

  /** Every delivery so far. */
  public List<Delivery> deliveries() {
    return List.copyOf(deliveries);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
