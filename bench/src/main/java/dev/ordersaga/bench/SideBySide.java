package dev.ordersaga.bench;

import dev.ordersaga.bench.report.FrontDoorLevel;
import dev.ordersaga.bench.report.ThroughputResult;
import dev.ordersaga.bench.report.VariantRound;
import dev.ordersaga.bench.stack.BenchStack;
import dev.ordersaga.processes.Http;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One round of a side-by-side phase on whatever the stack runs now, so that two variants of it
 * (payloads encrypted or plain; another engine) are measured alike in the same run: {@code POST
 * /orders} at each of {@link BenchSettings#codecFrontDoorClients()} with the sandbox at realistic
 * latencies (as {@link FrontDoorPhase}'s async side, after a warm-up), then, with the sandbox's
 * latencies cleared, saga throughput through the Temporal client (as {@link ThroughputPhase}, with
 * {@link BenchSettings#codecClients()} in flight). Starts and ends on a zero-latency sandbox with
 * no order running.
 */
final class SideBySide {
  private SideBySide() {}

  static VariantRound round(String variant, BenchStack stack, BenchSettings settings, Http http) {
    settings.latencyMs().forEach(stack.sandbox()::latency);
    List<FrontDoorLevel> frontDoor = new ArrayList<>();
    try {
      FrontDoorPhase.warmAsync(stack, http);
      Duration level = Duration.ofSeconds(settings.frontDoorSeconds());
      for (int clients : settings.codecFrontDoorClients()) {
        frontDoor.add(FrontDoorPhase.async(stack, http, clients, level));
      }
    } finally {
      stack.sandbox().clearFaults();
    }
    ThroughputResult saga =
        ThroughputPhase.saga(
            "saga " + variant,
            stack,
            settings.codecClients(),
            Duration.ofSeconds(settings.codecWarmupSeconds()),
            Duration.ofSeconds(settings.codecSeconds()));
    FrontDoorPhase.awaitQuiet(stack, Duration.ofMinutes(1));
    return new VariantRound(variant, saga, frontDoor);
  }
}
