package dev.ordersaga.bench;

import dev.ordersaga.processes.ServerTuning;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one benchmark run does; written into the results next to the numbers.
 *
 * @param frontDoorClients concurrent clients of the front-door comparison
 * @param frontDoorSeconds how long each (clients, endpoint) pair runs
 * @param latencyMs the sandbox's latency per system during the front-door comparison
 * @param settleDelayMs the sandbox's payment settling delay during the front-door comparison
 * @param throughputClients workflows kept in flight for saga and floor throughput
 * @param warmupSeconds how long each saga or floor round runs before its window opens
 * @param freshWarmupSeconds the same for the first round and each round after a swap, whose workers
 *     are fresh JVMs still compiling their hot code (such a round's window ran a quarter to a third
 *     slower than the next one's after the short warm-up)
 * @param throughputSeconds how long each round's window stays open
 * @param throughputRounds the saga and floor rounds, in order ({@link ThroughputPhase#abba})
 * @param clusterThroughputClients workflows in flight for saga and floor throughput on the cluster
 *     (the engines phase)
 * @param growthClients submitters of the cost-growth table
 * @param growthSeconds how long each cost-growth level runs
 * @param parkedOrders orders parked awaiting payment at once
 * @param parkSubmitters concurrent clients submitting the parked orders
 * @param parkHoldSeconds how long the parked orders are watched waiting, all parked
 * @param parkDeadlineSeconds how long parking may take before the count reached is what is measured
 * @param drainDeadlineSeconds how long draining may take
 * @param sqlitePragmas {@code --sqlite-pragma} values given to the dev server (none: defaults)
 * @param serverDynamicConfig further {@code --dynamic-config-value} values given to the dev server
 * @param serverGogc the dev server's {@code GOGC}
 * @param codecRounds the rounds of the codec phase, in order: {@code plain} (every process with
 *     {@code ORDER_SAGA_CODEC=off}) or {@code encrypted}
 * @param codecClients orders kept in flight for the saga throughput of each round of the codec and
 *     tracing phases ({@link SideBySide})
 * @param codecWarmupSeconds how long each such round's saga throughput runs before its measurement
 * @param codecSeconds how long each such round's saga throughput is measured
 * @param codecFrontDoorClients the front-door levels of each such round, {@code frontDoorSeconds}
 *     each
 * @param tracingRounds the rounds of the tracing phase, in order: {@code traced} (sandbox, API and
 *     workers sending spans to the stack's Jaeger) or {@code untraced} ({@code
 *     ORDER_SAGA_TRACING=off})
 * @param phases the phases to run ({@link #PHASES}); the docs are regenerated only when all ran
 */
public record BenchSettings(
    String mode,
    List<Integer> frontDoorClients,
    int frontDoorSeconds,
    Map<String, Integer> latencyMs,
    int settleDelayMs,
    int throughputClients,
    int warmupSeconds,
    int freshWarmupSeconds,
    int throughputSeconds,
    List<String> throughputRounds,
    int clusterThroughputClients,
    List<Integer> growthClients,
    int growthSeconds,
    int parkedOrders,
    int parkSubmitters,
    int parkHoldSeconds,
    int parkDeadlineSeconds,
    int drainDeadlineSeconds,
    List<String> sqlitePragmas,
    List<String> serverDynamicConfig,
    String serverGogc,
    List<String> codecRounds,
    int codecClients,
    int codecWarmupSeconds,
    int codecSeconds,
    List<Integer> codecFrontDoorClients,
    List<String> tracingRounds,
    List<String> phases) {

  /** Every phase, in the order they run. */
  static final List<String> PHASES =
      List.of("frontdoor", "throughput", "growth", "codec", "tracing", "parked", "engines");

  /** Provider latencies of the front-door comparison: tens to hundreds of milliseconds a call. */
  static final Map<String, Integer> REALISTIC_LATENCY_MS = realisticLatency();

  /**
   * The dev server's SQLite pragmas unless {@code BENCH_SQLITE_PRAGMAS} says otherwise (comma
   * separated; empty keeps the dev server's defaults, rollback journal and synchronous FULL): WAL
   * with synchronous NORMAL as in {@code make up}, so a commit is not two fsyncs, and a 256 MiB
   * page cache (SQLite's default is 2 MiB), so reads of the history and visibility tables stay in
   * the process.
   */
  static final String DEFAULT_PRAGMAS = "journal_mode=wal,synchronous=normal,cache_size=-262144";

  /**
   * The dev server's {@code GOGC} unless {@code BENCH_SERVER_GOGC} says otherwise: its heap may
   * grow to five times the live heap between collections (Go's default is twice), trading memory
   * the machine has for CPU it lacks.
   */
  static final String DEFAULT_GOGC = "400";

  /**
   * Workflows saga and floor keep in flight unless {@code BENCH_THROUGHPUT_CLIENTS} says otherwise:
   * enough that either side keeps both cores busy (at 16 the saga on the dev server left a third of
   * a core idle), few enough that a round's window spans a few workflows' lifetimes (at 64 a saga
   * order took 7 to 17 s).
   */
  static final String DEFAULT_IN_FLIGHT = "32";

  /**
   * Workflows saga and floor keep in flight on the cluster unless {@code
   * BENCH_CLUSTER_THROUGHPUT_CLIENTS} says otherwise: there an order costs about twice the CPU it
   * costs on the dev server, so 16 keep both cores busy, and at 32 a saga order took 10 to 15 s,
   * longer than a round's window.
   */
  static final String DEFAULT_CLUSTER_IN_FLIGHT = "16";

  /** Orders the default run parks: enough to show the footprint's slope, in under 2 minutes. */
  static final String DEFAULT_PARKED = "300";

  /**
   * The run of {@code make bench}: within 10 minutes on 2 cores by default, the build included (300
   * parked orders held 30 s, 5 s per level, saga and floor rounds of 12 s after 6 s, 16 s for fresh
   * workers); with {@code BENCH_FULL=1} the full run (6,000 parked orders held 60 s, 8 s per level,
   * rounds of 30 s after 10 s; about half an hour). Either way {@code BENCH_PARKED} overrides the
   * parked count, {@code BENCH_THROUGHPUT_CLIENTS} and {@code BENCH_CLUSTER_THROUGHPUT_CLIENTS} the
   * workflows in flight of saga and floor on the dev server and on the cluster, {@code
   * BENCH_SQLITE_PRAGMAS} the pragmas, {@code BENCH_DYNAMIC_CONFIG} (comma separated {@code
   * key=json}) adds dev server dynamic config, {@code BENCH_PHASES} (comma separated) runs only
   * some phases (the driver's {@code --phases} sets it).
   */
  static BenchSettings of(Map<String, String> env) {
    boolean full = env.getOrDefault("BENCH_FULL", "").equals("1");
    int levelSeconds = full ? 8 : 5;
    int parked = Integer.parseInt(env.getOrDefault("BENCH_PARKED", full ? "6000" : DEFAULT_PARKED));
    return new BenchSettings(
        full ? "full" : "default",
        List.of(1, 4, 16, 64),
        levelSeconds,
        REALISTIC_LATENCY_MS,
        300,
        Integer.parseInt(env.getOrDefault("BENCH_THROUGHPUT_CLIENTS", DEFAULT_IN_FLIGHT)),
        full ? 10 : 6,
        full ? 30 : 16,
        full ? 30 : 12,
        ThroughputPhase.abba(2),
        Integer.parseInt(
            env.getOrDefault("BENCH_CLUSTER_THROUGHPUT_CLIENTS", DEFAULT_CLUSTER_IN_FLIGHT)),
        full ? List.of(1, 2, 4, 8, 16, 32, 64) : List.of(1, 4, 16, 64),
        levelSeconds,
        parked,
        32,
        full ? 60 : 30,
        deadlineSeconds(parked),
        deadlineSeconds(parked),
        pragmas(env),
        list(env.getOrDefault("BENCH_DYNAMIC_CONFIG", "")),
        env.getOrDefault("BENCH_SERVER_GOGC", DEFAULT_GOGC),
        CodecPhase.alternating(full ? 5 : 3),
        16,
        full ? 8 : 3,
        full ? 20 : 6,
        full ? List.of(4, 16, 64) : List.of(16),
        TracingPhase.alternating(full ? 5 : 3),
        phases(env));
  }

  /**
   * A run of seconds per phase, proving the driver works end to end: every phase, or those {@code
   * BENCH_PHASES} names.
   */
  static BenchSettings smoke(Map<String, String> env) {
    return new BenchSettings(
        "smoke",
        List.of(1, 4),
        2,
        REALISTIC_LATENCY_MS,
        300,
        8,
        2,
        2,
        3,
        ThroughputPhase.abba(2),
        8,
        List.of(1, 4),
        2,
        40,
        8,
        5,
        60,
        60,
        pragmas(Map.of()),
        List.of(),
        DEFAULT_GOGC,
        CodecPhase.alternating(3),
        4,
        1,
        2,
        List.of(4),
        TracingPhase.alternating(3),
        phases(env));
  }

  ServerTuning serverTuning() {
    return new ServerTuning(sqlitePragmas, serverDynamicConfig, serverGogc);
  }

  /** Parking, and draining, may go as slowly as 10 orders a second, and take 3 minutes at least. */
  static int deadlineSeconds(int parkedOrders) {
    return Math.max(180, parkedOrders / 10);
  }

  /** Whether every phase runs. */
  boolean complete() {
    return phases.containsAll(PHASES);
  }

  boolean runs(String phase) {
    return phases.contains(phase);
  }

  private static List<String> pragmas(Map<String, String> env) {
    return list(env.getOrDefault("BENCH_SQLITE_PRAGMAS", DEFAULT_PRAGMAS));
  }

  private static List<String> phases(Map<String, String> env) {
    List<String> phases = list(env.getOrDefault("BENCH_PHASES", String.join(",", PHASES)));
    for (String phase : phases) {
      if (!PHASES.contains(phase)) {
        throw new IllegalArgumentException("unknown phase " + phase + "; one of " + PHASES);
      }
    }
    return phases;
  }

  private static List<String> list(String commaSeparated) {
    String trimmed = commaSeparated.trim();
    return trimmed.isEmpty() ? List.of() : List.of(trimmed.split(","));
  }

  private static Map<String, Integer> realisticLatency() {
    Map<String, Integer> latency = new LinkedHashMap<>();
    latency.put("records", 20);
    latency.put("inventory", 30);
    latency.put("risk", 60);
    latency.put("payments", 150);
    latency.put("shipping", 200);
    latency.put("notifications", 50);
    return latency;
  }
}
