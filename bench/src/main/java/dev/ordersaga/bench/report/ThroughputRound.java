package dev.ordersaga.bench.report;

/**
 * One round of saga and floor measured in alternation on one engine.
 *
 * @param side {@link #SAGA} or {@link #FLOOR}
 * @param result what the round measured
 */
public record ThroughputRound(String side, ThroughputResult result) {
  public static final String SAGA = "saga";
  public static final String FLOOR = "floor";
}
