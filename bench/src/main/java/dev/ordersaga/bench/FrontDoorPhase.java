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
 * Front-door latency, async beside sync, with the sandbox at realistic latencies. Every sync level
 * runs first, on a quiet system; then the async levels, each on top of the orders the previous ones
 * started (which only makes the async side look worse). Then faults are cleared and the started
 * orders drain.
 */
final class FrontDoorPhase {
  private static final Logger log = LoggerFactory.getLogger(FrontDoorPhase.class);

  private FrontDoorPhase() {}

  static List<FrontDoorRow> run(BenchStack stack, BenchSettings settings, Http http) {
    settings.latencyMs().forEach(stack.sandbox()::latency);
    Duration level = Duration.ofSeconds(settings.frontDoorSeconds());
    ClosedLoop.run(4, Duration.ofSeconds(3), 40, Calls.syncSubmit(stack.api(), http));
    ClosedLoop.run(4, Duration.ofSeconds(2), 40, Calls.asyncSubmit(stack.api(), http, "tok_ok"));
    Map<Integer, LoadResult> sync = new LinkedHashMap<>();
    for (int clients : settings.frontDoorClients()) {
      sync.put(
          clients,
          ClosedLoop.run(clients, level, Integer.MAX_VALUE, Calls.syncSubmit(stack.api(), http)));
      log.info("sync  {}", sync.get(clients));
    }
    Map<Integer, LoadResult> async = new LinkedHashMap<>();
    for (int clients : settings.frontDoorClients()) {
      async.put(
          clients,
          ClosedLoop.run(
              clients,
              level,
              settings.asyncMaxCalls(),
              Calls.asyncSubmit(stack.api(), http, "tok_ok")));
      log.info("async {}", async.get(clients));
    }
    stack.sandbox().clearFaults();
    boolean drained =
        Await.within(
            Duration.ofMinutes(2), () -> stack.temporal().count("ExecutionStatus='Running'") == 0);
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
}
