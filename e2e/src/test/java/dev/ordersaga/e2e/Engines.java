package dev.ordersaga.e2e;

import dev.ordersaga.processes.TemporalCluster;
import dev.ordersaga.processes.TemporalDevServer;
import dev.ordersaga.processes.TemporalEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Which Temporal engine the end-to-end stacks run on: system property {@code e2e.engine} is {@code
 * dev-server} (the default: {@code temporal server start-dev}) or {@code cluster} (Temporal's own
 * server as separate services on PostgreSQL, built by {@code scripts/install-temporal-server.sh}).
 */
final class Engines {
  static final String CLUSTER = "cluster";

  private Engines() {}

  /** The engine this run tests. */
  static String selected() {
    return System.getProperty("e2e.engine", "dev-server");
  }

  static boolean clusterSelected() {
    return CLUSTER.equals(selected());
  }

  /**
   * Starts the selected engine with its data under {@code dir}; with {@code codecEndpoint} non-null
   * (dev server only) the Web UI runs on a free port and decodes through it.
   */
  static TemporalEngine start(Path dir, String codecEndpoint) {
    if (clusterSelected()) {
      if (codecEndpoint != null) {
        throw new IllegalStateException("the cluster runs without the Web UI");
      }
      return cluster(dir);
    }
    Path temporal = Stack.property("e2e.temporal");
    return codecEndpoint == null
        ? new TemporalDevServer(temporal, dir)
        : new TemporalDevServer(temporal, dir, codecEndpoint);
  }

  /** A Temporal cluster on PostgreSQL with its data under {@code dir}. */
  static TemporalCluster cluster(Path dir) {
    Path root = Stack.property("e2e.root");
    return new TemporalCluster(
        Path.of(script(root, "scripts/install-temporal-server.sh")),
        Path.of(script(root, "scripts/postgres-bin.sh")),
        Stack.property("e2e.temporal"),
        root,
        dir);
  }

  /** Runs a script of the repository that prints one path, and returns that path. */
  private static String script(Path root, String script) {
    try {
      Process process =
          new ProcessBuilder(root.resolve(script).toString())
              .directory(root.toFile())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        throw new IllegalStateException(script + " failed (exit " + process.exitValue() + ")");
      }
      return out.strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
