package dev.ordersaga.bench.report;

/**
 * Saga and floor throughput measured the same way on one Temporal engine, in the same run as the
 * other engine's.
 *
 * @param engine {@code dev-server} or {@code cluster}
 * @param persistence how the engine stores history and visibility, as configured for the run
 * @param saga the saga's throughput, CPU by process and history per order
 * @param floor the floor's, on the same engine
 */
public record EngineRow(
    String engine, String persistence, ThroughputResult saga, ThroughputResult floor) {

  /** Saga orders/s over the floor's, to two decimals; 0 when the floor completed none. */
  public double sagaOverFloor() {
    return floor.perSecond() == 0
        ? 0
        : Math.round(saga.perSecond() / floor.perSecond() * 100) / 100.0;
  }
}
