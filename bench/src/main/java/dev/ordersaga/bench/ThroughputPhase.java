package dev.ordersaga.bench;

import static dev.ordersaga.bench.report.ThroughputRound.FLOOR;
import static dev.ordersaga.bench.report.ThroughputRound.SAGA;

import dev.ordersaga.bench.load.Call;
import dev.ordersaga.bench.load.SteadyLoop;
import dev.ordersaga.bench.probe.CpuMeter;
import dev.ordersaga.bench.report.HistoryBreakdown;
import dev.ordersaga.bench.report.ThroughputResult;
import dev.ordersaga.bench.report.ThroughputRound;
import dev.ordersaga.bench.stack.BenchStack;
import dev.ordersaga.order.OrderIds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saga and floor throughput measured the same way: {@code clients} workflows kept in flight,
 * started through the Temporal client; after a warm-up, a window of fixed length counts the
 * workflows that completed in it while the loop runs on ({@link SteadyLoop}); CPU by process over
 * the window and the histories of a sample of the workflows it counted. {@link #sagaBesideFloor}
 * alternates the two in rounds, so that a drift over the phase lands on both sides.
 */
final class ThroughputPhase {
  private static final Logger log = LoggerFactory.getLogger(ThroughputPhase.class);

  private ThroughputPhase() {}

  /**
   * Saga and floor in the rounds of {@link BenchSettings#throughputRounds()} (by default saga,
   * floor, floor, saga: under a drift linear in time both sides' means move alike, and the workers
   * are swapped only twice), each with the run's throughput settings, the first round and each
   * after a swap with the longer warm-up of fresh workers; between rounds of different sides the
   * stack's workers are replaced ({@link BenchStack#useFloorWorkers}, {@link
   * BenchStack#useSagaWorkers}), {@code clients} workflows in flight. Starts and ends with the
   * saga's workers. After each side's last round, one workflow of it runs alone and its history's
   * length is recorded.
   */
  static SagaBesideFloor sagaBesideFloor(
      String engine, BenchStack stack, BenchSettings settings, int clients) {
    Duration warmup = Duration.ofSeconds(settings.warmupSeconds());
    Duration freshWarmup = Duration.ofSeconds(settings.freshWarmupSeconds());
    Duration window = Duration.ofSeconds(settings.throughputSeconds());
    List<ThroughputRound> rounds = new ArrayList<>();
    Map<String, Integer> events = new LinkedHashMap<>();
    List<String> order = settings.throughputRounds();
    boolean floorWorkers = false;
    for (int i = 0; i < order.size(); i++) {
      String side = order.get(i);
      boolean floor = side.equals(FLOOR);
      boolean fresh = i == 0 || floor != floorWorkers;
      if (floor != floorWorkers) {
        log.info("{}: the {}'s workers on the same queues", engine, side);
        if (floor) {
          stack.useFloorWorkers();
        } else {
          stack.useSagaWorkers();
        }
        floorWorkers = floor;
      }
      String what = engine + " " + side + " round " + (i + 1) + "/" + order.size();
      Duration roundWarmup = fresh ? freshWarmup : warmup;
      ThroughputResult result =
          floor
              ? floor(what, stack, clients, roundWarmup, window)
              : saga(what, stack, clients, roundWarmup, window);
      rounds.add(new ThroughputRound(side, result));
      if (!order.subList(i + 1, order.size()).contains(side)) {
        events.put(side, floor ? floorAlone(stack) : sagaAlone(stack));
      }
    }
    if (floorWorkers) {
      stack.useSagaWorkers();
    }
    return new SagaBesideFloor(List.copyOf(rounds), Map.copyOf(events));
  }

  /**
   * Rounds of saga and floor: {@code pairs} times saga, floor, then floor, saga, ... (ABBA): with
   * an even count, each side's rounds sit as far from the phase's start as the other's on average.
   */
  static List<String> abba(int pairs) {
    List<String> order = new ArrayList<>();
    for (int i = 0; i < pairs; i++) {
      order.addAll(i % 2 == 0 ? List.of(SAGA, FLOOR) : List.of(FLOOR, SAGA));
    }
    return List.copyOf(order);
  }

  /** The saga's orders, started through the stack's client, {@code clients} in flight. */
  static ThroughputResult saga(
      String what, BenchStack stack, int clients, Duration warmup, Duration measured) {
    return measure(
        what,
        stack,
        clients,
        warmup,
        measured,
        Calls.sagaViaClient(stack.client()),
        sequence -> OrderIds.workflowId(Calls.sagaOrderId(sequence)));
  }

  /** The floor's workflows (the stack must run the floor's workers), {@code clients} in flight. */
  static ThroughputResult floor(
      String what, BenchStack stack, int clients, Duration warmup, Duration measured) {
    return measure(
        what,
        stack,
        clients,
        warmup,
        measured,
        Calls.floorViaClient(stack.client()),
        Calls::floorWorkflowId);
  }

  /** History events of one happy-path order run alone. */
  private static int sagaAlone(BenchStack stack) {
    Calls.sagaViaClient(stack.client()).run(-1);
    return History.events(stack.client(), OrderIds.workflowId(Calls.sagaOrderId(-1)));
  }

  /** History events of one floor workflow run alone (the stack must run the floor's workers). */
  private static int floorAlone(BenchStack stack) {
    Calls.floorViaClient(stack.client()).run(-1);
    return History.events(stack.client(), Calls.floorWorkflowId(-1));
  }

  /**
   * @param clients workflows kept in flight
   * @param warmup how long they run before the window opens
   * @param measured how long the window stays open
   * @param workflowId the workflow id {@code call} uses for a sequence number
   */
  private static ThroughputResult measure(
      String what,
      BenchStack stack,
      int clients,
      Duration warmup,
      Duration measured,
      Call call,
      LongFunction<String> workflowId) {
    SteadyLoop.Window window;
    Map<String, Double> cores;
    try (SteadyLoop loop = SteadyLoop.start(clients, call)) {
      loop.run(warmup);
      CpuMeter cpu = new CpuMeter(stack::pids);
      cpu.start();
      long from = System.nanoTime();
      loop.run(measured);
      long to = System.nanoTime();
      cores = cpu.stop();
      window = loop.ended(from, to);
    }
    HistoryBreakdown history = History.breakdown(stack.client(), window.sequences(), workflowId);
    log.info("{} throughput {} cpu {} per order {}", what, window.load(), cores, history);
    return new ThroughputResult(
        clients,
        window.load().perSecond(),
        window.load().totalP50Ms(),
        window.load().totalP99Ms(),
        window.load().calls(),
        window.load().failures(),
        cores,
        ThroughputResult.msPerOrder(cores, window.load().perSecond()),
        history);
  }
}
