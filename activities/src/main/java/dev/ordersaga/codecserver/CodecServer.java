package dev.ordersaga.codecserver;

import com.sun.net.httpserver.HttpServer;
import dev.ordersaga.secrets.PublishedSecrets;
import io.temporal.payload.codec.PayloadCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The codec server's HTTP listener: the remote codec protocol ({@link CodecHandler}) at {@code /}
 * and {@code GET /health} (200 while it serves).
 */
public final class CodecServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;

  private CodecServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Listens on {@code host:port} (port 0 picks a free one).
   *
   * @throws IllegalArgumentException when {@code access} has the dev switch and {@code host} is not
   *     a loopback address: a server others can reach never lets an origin stand for the token
   */
  public static CodecServer start(String host, int port, PayloadCodec codec, CodecAccess access) {
    if (access.dev() && !isLoopback(host)) {
      throw new IllegalArgumentException(
          "the dev switch lets the Web UI's origin decode without the operator token, so the codec"
              + " server must listen on loopback only, not on "
              + host
              + ": unset "
              + PublishedSecrets.DEV_SWITCH
              + " or set CODEC_SERVER_HOST=127.0.0.1");
    }
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 64);
      ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
      server.setExecutor(executor);
      server.createContext("/", new CodecHandler(codec, access));
      server.createContext(
          "/health",
          exchange -> {
            try (exchange) {
              byte[] ok = "{\"status\":\"serving\"}".getBytes(StandardCharsets.UTF_8);
              exchange.getResponseHeaders().set("Content-Type", "application/json");
              exchange.sendResponseHeaders(200, ok.length);
              exchange.getResponseBody().write(ok);
            }
          });
      server.start();
      return new CodecServer(server, executor);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + host + ":" + port, e);
    }
  }

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(1);
    executor.shutdown();
  }
}
