package dev.ordersaga.bench;

import dev.ordersaga.bench.baseline.SyncBaselineProcess;
import dev.ordersaga.bench.load.Call;
import dev.ordersaga.bench.load.ClosedLoop;
import dev.ordersaga.bench.load.LoadResult;
import dev.ordersaga.bench.report.FrontDoorLevel;
import dev.ordersaga.bench.report.FrontDoorRow;
import dev.ordersaga.bench.stack.BenchStack;
import dev.ordersaga.bench.stack.Layout;
import dev.ordersaga.order.OrderWorkflow;
import dev.ordersaga.processes.Await;
import dev.ordersaga.processes.Http;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Front-door latency, async beside sync, with the sandbox at realistic latencies: the API's {@code
 * POST /orders} against the synchronous baseline ({@code baseline/}), a process of its own started
 * for this phase that runs the same steps through the same adapters inline. Each client is a
 * customer placing one order at a time and learning its outcome before the next: the sync client
 * from the answer, the async client from the 202 and then the order's end (awaited through the
 * Temporal client), so both put the same kind of load on the system. Level by level (1, 4, 16, 64
 * clients), sync then async, each starting on a quiet system: the orders the previous level started
 * are drained first (at most a minute). Then faults are cleared and the started orders drain.
 */
final class FrontDoorPhase {
  private static final Logger log = LoggerFactory.getLogger(FrontDoorPhase.class);

  private static final Duration WARMUP = Duration.ofSeconds(3);

  private FrontDoorPhase() {}

  static List<FrontDoorRow> run(
      BenchStack stack, Layout layout, BenchSettings settings, Http http) {
    try (SyncBaselineProcess baseline =
        new SyncBaselineProcess(layout, stack.dir(), stack.sandbox().url())) {
      return run(stack, baseline, settings, http);
    }
  }

  private static List<FrontDoorRow> run(
      BenchStack stack, SyncBaselineProcess baseline, BenchSettings settings, Http http) {
    settings.latencyMs().forEach(stack.sandbox()::latency);
    Duration level = Duration.ofSeconds(settings.frontDoorSeconds());
    Call sync = Calls.syncSubmit(baseline, http);
    ClosedLoop.run(4, WARMUP, Integer.MAX_VALUE, sync);
    warmAsync(stack, http);
    List<FrontDoorRow> rows = new ArrayList<>();
    for (int clients : settings.frontDoorClients()) {
      LoadResult s = ClosedLoop.run(clients, level, Integer.MAX_VALUE, sync);
      log.info("sync  {}", s);
      awaitQuiet(stack, Duration.ofMinutes(1));
      rows.add(FrontDoorRow.of(async(stack, http, clients, level), level(s)));
    }
    stack.sandbox().clearFaults();
    boolean drained = awaitQuiet(stack, Duration.ofMinutes(2));
    log.info("front-door orders drained: {}", drained);
    return rows;
  }

  /** A few seconds of {@link #async} at 4 clients, so the API's code paths are compiled. */
  static void warmAsync(BenchStack stack, Http http) {
    async(stack, http, 4, WARMUP);
  }

  /**
   * {@code clients} customers each placing an order by {@code POST /orders} and awaiting its end
   * (through the Temporal client) before the next, for {@code level}; then waits until no order
   * runs (at most a minute).
   */
  static FrontDoorLevel async(BenchStack stack, Http http, int clients, Duration level) {
    LoadResult a =
        ClosedLoop.run(
            clients,
            level,
            Integer.MAX_VALUE,
            Calls.submitAndAwait(stack.api(), http, stack.client()));
    log.info("async {}", a);
    awaitQuiet(stack, Duration.ofMinutes(1));
    return level(a);
  }

  private static FrontDoorLevel level(LoadResult r) {
    return new FrontDoorLevel(
        r.clients(),
        r.firstP50Ms(),
        r.firstP99Ms(),
        r.totalP50Ms(),
        r.totalP99Ms(),
        r.perSecond(),
        r.calls(),
        r.failures());
  }

  /** Waits until no order runs; false when {@code atMost} passed first. */
  static boolean awaitQuiet(BenchStack stack, Duration atMost) {
    return Await.within(atMost, () -> stack.temporal().count(OrderWorkflow.RUNNING_ORDERS) == 0);
  }
}
