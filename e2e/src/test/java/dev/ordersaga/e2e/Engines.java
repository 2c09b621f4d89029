package dev.ordersaga.e2e;

import dev.ordersaga.processes.TemporalCluster;
import dev.ordersaga.processes.TemporalDevServer;
import dev.ordersaga.processes.TemporalEngine;
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
    return TemporalCluster.installed(
        Stack.property("e2e.root"), Stack.property("e2e.temporal"), dir);
  }
}
