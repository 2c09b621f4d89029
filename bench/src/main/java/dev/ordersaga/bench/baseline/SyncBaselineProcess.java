package dev.ordersaga.bench.baseline;

import dev.ordersaga.bench.stack.Layout;
import dev.ordersaga.processes.Await;
import dev.ordersaga.processes.FreePorts;
import dev.ordersaga.processes.Http;
import dev.ordersaga.processes.ManagedProcess;
import dev.ordersaga.processes.StackPart;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@link SyncBaselineMain} in its own JVM (from the bench jar) on a free loopback port, as the API
 * is in its own: the driver reaches both over HTTP and neither shares its CPU or heap.
 */
public final class SyncBaselineProcess implements StackPart {
  private final int port;
  private final ManagedProcess process;

  /** Starts it against the downstream systems at {@code downstreamUrl}; returns once it answers. */
  public SyncBaselineProcess(Layout layout, Path dir, String downstreamUrl) {
    this.port = FreePorts.next();
    process =
        ManagedProcess.start(
            "sync-baseline",
            List.of(
                layout.java().toString(),
                "-cp",
                layout.benchJar().toString(),
                SyncBaselineMain.class.getName(),
                String.valueOf(port),
                downstreamUrl),
            Map.of(),
            dir.resolve("sync-baseline.log"));
    Http http = new Http(Duration.ofSeconds(5));
    try {
      Await.until(
          "the synchronous baseline on " + port,
          Duration.ofSeconds(60),
          () -> http.get(uri("/health"), null).status() == 200);
    } catch (RuntimeException e) {
      process.stop();
      throw e;
    }
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  @Override
  public void close() {
    process.stop();
  }
}
