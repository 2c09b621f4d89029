package dev.ordersaga.bench;

import dev.ordersaga.bench.load.ClosedLoop;
import dev.ordersaga.bench.load.LoadResult;
import dev.ordersaga.bench.report.FrontDoorRow;
import dev.ordersaga.bench.stack.Await;
import dev.ordersaga.bench.stack.BenchStack;
import dev.ordersaga.bench.stack.Http;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Front-door latency, async beside sync, with the sandbox at realistic latencies. Level by level
 * (1, 4, 16, 64 clients), sync then async, each starting on a quiet system: the orders the previous
 * run started are drained first (at most a minute), so both endpoints see the same machine. Then
 * faults are cleared and the started orders drain.
 */
final class FrontDoorPhase {
  private static final Logger log = LoggerFactory.getLogger(FrontDoorPhase.class);

  private FrontDoorPhase() {}

  static List<FrontDoorRow> run(BenchStack stack, BenchSettings settings, Http http) {
    settings.latencyMs().forEach(stack.sandbox()::latency);
    Duration level = Duration.ofSeconds(settings.frontDoorSeconds());
    ClosedLoop.run(4, Duration.ofSeconds(3), 40, Calls.syncSubmit(stack.api(), http));
    ClosedLoop.run(4, Duration.ofSeconds(2), 40, Calls.asyncSubmit(stack.api(), http, "tok_ok"));
    awaitQuiet(stack, Duration.ofMinutes(1));
    Map<Integer, LoadResult> sync = new LinkedHashMap<>();
    Map<Integer, LoadResult> async = new LinkedHashMap<>();
    for (int clients : settings.frontDoorClients()) {
      sync.put(
          clients,
          ClosedLoop.run(clients, level, Integer.MAX_VALUE, Calls.syncSubmit(stack.api(), http)));
      log.info("sync  {}", sync.get(clients));
      awaitQuiet(stack, Duration.ofMinutes(1));
      async.put(
          clients,
          ClosedLoop.run(
              clients,
              level,
              settings.asyncMaxCalls(),
              Calls.asyncSubmit(stack.api(), http, "tok_ok")));
      log.info("async {}", async.get(clients));
      awaitQuiet(stack, Duration.ofMinutes(1));
    }
    stack.sandbox().clearFaults();
    boolean drained = awaitQuiet(stack, Duration.ofMinutes(2));
    log.info("front-door orders drained: {}", drained);
    List<FrontDoorRow> rows = new ArrayList<>();
    for (int clients : settings.frontDoorClients()) {
      LoadResult a = async.get(clients);
      LoadResult s = sync.get(clients);
      rows.add(
          new FrontDoorRow(
              clients,
              a.firstP50Ms(),
              a.firstP99Ms(),
              a.calls(),
              s.firstP50Ms(),
              s.firstP99Ms(),
              s.calls(),
              a.failures() + s.failures()));
    }
    return rows;
  }

  /** Waits until no order runs; false when {@code atMost} passed first. */
  private static boolean awaitQuiet(BenchStack stack, Duration atMost) {
    return Await.within(atMost, () -> stack.temporal().count("ExecutionStatus='Running'") == 0);
  }
}
