package dev.ordersaga.bench;

import dev.ordersaga.bench.report.EngineRow;
import dev.ordersaga.bench.stack.BenchStack;
import dev.ordersaga.bench.stack.Layout;
import dev.ordersaga.processes.TemporalCluster;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saga and floor throughput in rounds ({@link ThroughputPhase#sagaBesideFloor}, same rounds,
 * warm-up and window, {@link BenchSettings#clusterThroughputClients()} in flight) on Temporal's own
 * server as separate services on PostgreSQL ({@link TemporalCluster}), on a stack of its own
 * started after the dev server's stack has stopped, so the two engines never share the CPU.
 */
final class EnginesPhase {
  private static final Logger log = LoggerFactory.getLogger(EnginesPhase.class);

  /**
   * What the cluster persists to, as {@code TemporalCluster} and {@code PostgresProcess} set it.
   */
  static final String CLUSTER_PERSISTENCE =
      "PostgreSQL (Debian's package) with its defaults (fsync and synchronous_commit on,"
          + " shared_buffers 128 MB), max_connections 200; history and SQL visibility in two"
          + " databases; 4 history shards; one process each for frontend, history, matching and"
          + " worker (config/temporal/server.yaml)";

  private EnginesPhase() {}

  static EngineRow onCluster(Layout layout, Path dir, BenchSettings settings) {
    log.info("engines: saga and floor on the Temporal cluster (PostgreSQL)");
    TemporalCluster cluster = TemporalCluster.installed(layout.root(), layout.temporal(), dir);
    try (BenchStack stack = new BenchStack(layout, dir, Duration.ZERO, cluster)) {
      stack.sandbox().stock(Orders.SKU, 1_000_000_000L);
      return ThroughputPhase.sagaBesideFloor(
              "cluster", stack, settings, settings.clusterThroughputClients())
          .on("cluster", CLUSTER_PERSISTENCE);
    }
  }
}
