package dev.ordersaga.bench.baseline;

import dev.ordersaga.activities.DownstreamClients;
import dev.ordersaga.activities.DownstreamConfig;
import dev.ordersaga.activities.Endpoints;
import dev.ordersaga.activities.http.JsonMapper;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The synchronous baseline as a process of its own: {@code java -cp order-saga-bench.jar
 * dev.ordersaga.bench.baseline.SyncBaselineMain {port} {downstreamUrl}}. Calls the downstream
 * systems at {@code downstreamUrl} with the adapters' default timeouts, reads a pending payment
 * every {@value #POLL_MS} ms for at most {@value #WINDOW_S} s, and runs until it is stopped.
 */
public final class SyncBaselineMain {
  static final long POLL_MS = 50;
  static final long WINDOW_S = 30;

  private static final Logger log = LoggerFactory.getLogger(SyncBaselineMain.class);

  private SyncBaselineMain() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: SyncBaselineMain {port} {downstreamUrl}");
    }
    DownstreamClients clients =
        new DownstreamClients(DownstreamConfig.defaults().withEndpoints(Endpoints.all(args[1])));
    SyncOrderSteps steps =
        new SyncOrderSteps(clients, Duration.ofMillis(POLL_MS), Duration.ofSeconds(WINDOW_S));
    SyncBaselineServer server =
        SyncBaselineServer.start(Integer.parseInt(args[0]), steps, JsonMapper.create());
    log.info("synchronous baseline on port {}, downstream {}", server.port(), args[1]);
  }
}
