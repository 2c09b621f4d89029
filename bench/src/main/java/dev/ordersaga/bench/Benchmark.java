package dev.ordersaga.bench;

import dev.ordersaga.bench.probe.JvmFootprint;
import dev.ordersaga.bench.report.BenchResult;
import dev.ordersaga.bench.report.EngineRow;
import dev.ordersaga.bench.report.FrontDoorRow;
import dev.ordersaga.bench.report.GrowthRow;
import dev.ordersaga.bench.report.ParkedResult;
import dev.ordersaga.bench.report.ParkedSample;
import dev.ordersaga.bench.report.ThroughputResult;
import dev.ordersaga.bench.report.ThroughputRound;
import dev.ordersaga.bench.report.VariantComparison;
import dev.ordersaga.bench.stack.BenchStack;
import dev.ordersaga.bench.stack.Layout;
import dev.ordersaga.processes.Http;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One benchmark run on one stack, in this order: front door (sync, then async) at realistic
 * latencies; the sandbox restarted at zero latency; saga throughput and cost growth; the floor on
 * the same queues; the codec's cost (payloads encrypted beside plain); tracing's cost (traced
 * beside untraced, spans sent to a Jaeger of the stack's own); parked orders and their drain; then,
 * that stack stopped, saga and floor again on the Temporal cluster ({@link EnginesPhase}). Phases
 * not in {@link BenchSettings#phases()} are skipped and their results left empty.
 */
final class Benchmark {
  private static final Logger log = LoggerFactory.getLogger(Benchmark.class);
  private static final int HEADLINE_CLIENTS = 16;

  private Benchmark() {}

  static BenchResult run(Layout layout, Path dir, BenchSettings settings) {
    Instant started = Instant.now();
    long begin = System.nanoTime();
    PhaseClock clock = new PhaseClock();
    DevServerRun onDevServer = onDevServer(layout, dir, settings, started, begin, clock);
    BenchResult result = onDevServer.result();
    if (!settings.runs("engines") || onDevServer.engine() == null) {
      return result.with(result.engines(), result.wallSeconds(), clock.seconds());
    }
    List<EngineRow> engines = new ArrayList<>();
    engines.add(onDevServer.engine());
    try {
      engines.add(
          clock.time(
              "engines", () -> EnginesPhase.onCluster(layout, dir.resolve("cluster"), settings)));
    } catch (RuntimeException e) {
      log.error("engines: the cluster was not measured", e);
    }
    return result.with(
        engines, Math.round((System.nanoTime() - begin) / 1e8) / 10.0, clock.seconds());
  }

  /** The dev server's part of the run, and its saga and floor for the engines' table. */
  private record DevServerRun(BenchResult result, EngineRow engine) {}

  private static DevServerRun onDevServer(
      Layout layout,
      Path dir,
      BenchSettings settings,
      Instant started,
      long begin,
      PhaseClock clock) {
    Http http = new Http(Duration.ofSeconds(60));
    long stackStart = System.nanoTime();
    try (BenchStack stack =
        new BenchStack(
            layout, dir, Duration.ofMillis(settings.settleDelayMs()), settings.serverTuning())) {
      stack.sandbox().stock(Orders.SKU, 1_000_000_000L);
      Map<String, Object> environment = Environment.describe(stack, settings);
      clock.add("stack", stackStart);

      List<FrontDoorRow> frontDoor = List.of();
      if (settings.runs("frontdoor")) {
        log.info("front door: sync, then async, sandbox latencies {}", settings.latencyMs());
        frontDoor =
            clock.time("frontdoor", () -> FrontDoorPhase.run(stack, layout, settings, http));
      }

      log.info("zero-latency sandbox (settle delay 0) for throughput");
      stack.restartSandbox(Duration.ZERO);
      SagaBesideFloor throughput = null;
      EngineRow engine = null;
      ThroughputResult saga = null;
      ThroughputResult floor = null;
      Map<String, Integer> events = new LinkedHashMap<>();
      if (settings.runs("throughput")) {
        log.info("saga and floor in rounds {}", settings.throughputRounds());
        throughput =
            clock.time(
                "throughput",
                () ->
                    ThroughputPhase.sagaBesideFloor(
                        "dev server", stack, settings, settings.throughputClients()));
        engine = throughput.on("dev-server", Environment.devServerPersistence(settings));
        saga = engine.saga();
        floor = engine.floor();
        events.put("sagaHappyPath", throughput.events().get(ThroughputRound.SAGA));
        events.put("floor", throughput.events().get(ThroughputRound.FLOOR));
      }
      List<GrowthRow> growth =
          settings.runs("growth")
              ? clock.time("growth", () -> CostGrowthPhase.run(stack, settings, http))
              : List.of();

      VariantComparison codec = null;
      if (settings.runs("codec")) {
        log.info("codec: rounds {} of payloads encrypted or plain", settings.codecRounds());
        codec = clock.time("codec", () -> CodecPhase.run(stack, settings, http));
      }

      VariantComparison tracing = null;
      if (settings.runs("tracing")) {
        log.info("tracing: rounds {} traced or untraced", settings.tracingRounds());
        tracing =
            clock
                .time("tracing", () -> TracingPhase.run(stack, layout, settings, http))
                .orElse(null);
      }

      ParkedResult parked = null;
      if (settings.runs("parked")) {
        log.info("parked: {} orders awaiting payment", settings.parkedOrders());
        parked =
            clock.time(
                "parked",
                () ->
                    ParkedPhase.run(
                        stack,
                        settings,
                        http,
                        new JvmFootprint(Path.of(System.getProperty("java.home")))));
      }

      FrontDoorRow headline = headline(frontDoor);
      ParkedSample all = parked == null ? null : parked.samples().get(parked.samples().size() - 1);
      Map<String, Double> ratios = new LinkedHashMap<>();
      if (headline != null) {
        ratios.put("frontDoorSyncOverAsyncP50", ratio(headline.syncP50Ms(), headline.asyncP50Ms()));
        ratios.put("frontDoorSyncOverAsyncP99", ratio(headline.syncP99Ms(), headline.asyncP99Ms()));
      }
      if (saga != null) {
        ratios.put("sagaOverFloor", ratio(saga.perSecond(), floor.perSecond()));
        ratios.put(
            "sagaOverFloorCpuMsPerOrder",
            ratio(saga.cpuMsPerOrder().get("total"), floor.cpuMsPerOrder().get("total")));
      }
      if (codec != null) {
        ratios.put("encryptedOverPlainSagaPerSecond", codec.row("sagaPerSecond").ratio());
        ratios.put("encryptedOverPlainCpuMsPerOrder", codec.row("cpuMsPerOrder.total").ratio());
        ratios.put(
            "encryptedOverPlainAnswerP50Ms",
            codec.row("answerP50Ms." + codecHeadline(settings)).ratio());
      }
      if (tracing != null) {
        ratios.put("tracedOverUntracedSagaPerSecond", tracing.row("sagaPerSecond").ratio());
        ratios.put("tracedOverUntracedCpuMsPerOrder", tracing.row("cpuMsPerOrder.total").ratio());
      }
      BenchResult result =
          new BenchResult(
              started.toString(),
              Math.round((System.nanoTime() - begin) / 1e8) / 10.0,
              settings,
              environment,
              events,
              headline == null ? 0 : headline.clients(),
              headline == null ? 0 : headline.asyncP50Ms(),
              headline == null ? 0 : headline.asyncP99Ms(),
              headline == null ? 0 : headline.syncP50Ms(),
              headline == null ? 0 : headline.syncP99Ms(),
              saga == null ? 0 : saga.perSecond(),
              floor == null ? 0 : floor.perSecond(),
              parked == null ? 0 : parked.parked(),
              all == null ? 0 : all.heapMb(),
              all == null ? 0 : all.threads(),
              parked == null ? 0 : parked.drainSeconds(),
              ratios,
              frontDoor,
              saga,
              floor,
              growth,
              codec,
              tracing,
              parked,
              List.of(),
              throughput == null ? List.of() : throughput.rounds(),
              Map.of());
      return new DevServerRun(result, engine);
    }
  }

  /** The row of {@value #HEADLINE_CLIENTS} clients, else the last; null when none ran. */
  private static FrontDoorRow headline(List<FrontDoorRow> rows) {
    if (rows.isEmpty()) {
      return null;
    }
    return rows.stream()
        .filter(r -> r.clients() == HEADLINE_CLIENTS)
        .findFirst()
        .orElse(rows.get(rows.size() - 1));
  }

  /** The codec phase's front-door level of {@value #HEADLINE_CLIENTS} clients, else its last. */
  private static int codecHeadline(BenchSettings settings) {
    List<Integer> levels = settings.codecFrontDoorClients();
    return levels.contains(HEADLINE_CLIENTS) ? HEADLINE_CLIENTS : levels.get(levels.size() - 1);
  }

  private static double ratio(double a, double b) {
    return b == 0 ? 0 : Math.round(a / b * 100) / 100.0;
  }
}
