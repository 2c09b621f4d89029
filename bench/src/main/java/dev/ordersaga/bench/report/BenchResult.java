package dev.ordersaga.bench.report;

import java.util.List;
import java.util.Map;

/**
 * Everything one run of {@code make bench} measured, as written to {@code
 * bench/results/{timestamp}.json}. The headline keys are the 16-client front-door row (or the
 * nearest level run), saga and floor throughput, and the parked orders with all of them waiting.
 *
 * @param settings what the run did (see {@code BenchSettings})
 * @param environment cores, JVM, dev server SQLite settings, worker processes
 * @param historyEvents events in the history of one happy-path order and of one floor workflow
 * @param ratios front door sync/async at the headline level (p50 and p99), saga/floor, and
 *     encrypted/plain payloads' saga throughput, CPU per order and {@code POST /orders} p50, and
 *     traced/untraced saga throughput and CPU per order
 * @param codec payloads {@code encrypted} beside {@code plain}, in alternating rounds; null when
 *     the codec phase did not run
 * @param tracing the stack {@code traced} beside {@code untraced}, in alternating rounds (CPU per
 *     order counts the traced rounds' Jaeger as {@code jaeger}); null when the tracing phase did
 *     not run or had no trace store
 * @param parkedHeapMb heap after GC of the orders and payment-status workers together
 * @param parkedThreads OS threads of the orders and payment-status workers together
 * @param saga the saga's throughput rounds on the dev server as one ({@link ThroughputResult#mean})
 * @param floor the floor's
 * @param engines saga and floor on each Temporal engine, dev server first (empty when the engines
 *     phase did not run)
 * @param throughputRounds the dev server's saga and floor rounds, in the order they ran
 * @param phaseSeconds wall seconds of each phase that ran, in order ({@code stack}: starting the
 *     dev server's stack), the build not included
 */
public record BenchResult(
    String startedAt,
    double wallSeconds,
    Object settings,
    Map<String, Object> environment,
    Map<String, Integer> historyEvents,
    int headlineClients,
    double asyncP50Ms,
    double asyncP99Ms,
    double syncP50Ms,
    double syncP99Ms,
    double sagaOrdersPerSec,
    double floorOrdersPerSec,
    long parkedOrders,
    double parkedHeapMb,
    int parkedThreads,
    double drainSeconds,
    Map<String, Double> ratios,
    List<FrontDoorRow> frontDoor,
    ThroughputResult saga,
    ThroughputResult floor,
    List<GrowthRow> costGrowth,
    VariantComparison codec,
    VariantComparison tracing,
    ParkedResult parked,
    List<EngineRow> engines,
    List<ThroughputRound> throughputRounds,
    Map<String, Double> phaseSeconds) {

  /** This result with {@code engines}, the run's whole wall time and its phases' wall times. */
  public BenchResult with(
      List<EngineRow> engines, double wallSeconds, Map<String, Double> phaseSeconds) {
    return new BenchResult(
        startedAt,
        wallSeconds,
        settings,
        environment,
        historyEvents,
        headlineClients,
        asyncP50Ms,
        asyncP99Ms,
        syncP50Ms,
        syncP99Ms,
        sagaOrdersPerSec,
        floorOrdersPerSec,
        parkedOrders,
        parkedHeapMb,
        parkedThreads,
        drainSeconds,
        ratios,
        frontDoor,
        saga,
        floor,
        costGrowth,
        codec,
        tracing,
        parked,
        List.copyOf(engines),
        throughputRounds,
        phaseSeconds);
  }
}
