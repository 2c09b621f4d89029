package dev.ordersaga.bench;

import dev.ordersaga.bench.report.EngineRow;
import dev.ordersaga.bench.report.ThroughputRound;
import java.util.List;
import java.util.Map;

/**
 * Saga and floor measured in alternating rounds on one engine.
 *
 * @param rounds every round, in the order they ran
 * @param events history events of one workflow of each side run alone, by side
 */
record SagaBesideFloor(List<ThroughputRound> rounds, Map<String, Integer> events) {

  /** The engine's row: each side the mean of its rounds. */
  EngineRow on(String engine, String persistence) {
    return EngineRow.of(engine, persistence, rounds);
  }
}
