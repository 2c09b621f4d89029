package dev.ordersaga.bench.report;

import java.util.List;

/**
 * Saga and floor throughput measured the same way on one Temporal engine, in the same run as the
 * other engine's.
 *
 * @param engine {@code dev-server} or {@code cluster}
 * @param persistence how the engine stores history and visibility, as configured for the run
 * @param saga the saga's throughput, CPU by process and history per order: its rounds as one
 *     ({@link ThroughputResult#mean})
 * @param floor the floor's, on the same engine
 * @param rounds saga and floor rounds in the order they ran (empty in runs recorded before rounds)
 */
public record EngineRow(
    String engine,
    String persistence,
    ThroughputResult saga,
    ThroughputResult floor,
    List<ThroughputRound> rounds) {

  /** The row of {@code rounds}: each side the mean of its rounds. */
  public static EngineRow of(String engine, String persistence, List<ThroughputRound> rounds) {
    return new EngineRow(
        engine,
        persistence,
        side(rounds, ThroughputRound.SAGA),
        side(rounds, ThroughputRound.FLOOR),
        List.copyOf(rounds));
  }

  /** Saga orders/s over the floor's, to two decimals; 0 when the floor completed none. */
  public double sagaOverFloor() {
    return floor.perSecond() == 0
        ? 0
        : Math.round(saga.perSecond() / floor.perSecond() * 100) / 100.0;
  }

  private static ThroughputResult side(List<ThroughputRound> rounds, String side) {
    return ThroughputResult.mean(
        rounds.stream().filter(r -> r.side().equals(side)).map(ThroughputRound::result).toList());
  }
}
