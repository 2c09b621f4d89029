package dev.ordersaga.api.metrics;

import dev.ordersaga.telemetry.metrics.MetricNames;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Order admission counts ({@link MetricNames#ORDERS_ADMITTED}, {@link MetricNames#ORDERS_REPLAYED},
 * {@link MetricNames#ORDERS_REFUSED}), beside the per-route request timer.
 */
public final class OrderMetrics {
  /** The {@link MetricNames#REASON} of a refusal because the queues are backed up. */
  public static final String BACKPRESSURE = "backpressure";

  private final Counter admitted;
  private final Counter replayed;
  private final Counter refusedBackpressure;

  public OrderMetrics(MeterRegistry registry) {
    this.admitted = registry.counter(MetricNames.ORDERS_ADMITTED);
    this.replayed = registry.counter(MetricNames.ORDERS_REPLAYED);
    this.refusedBackpressure =
        registry.counter(MetricNames.ORDERS_REFUSED, MetricNames.REASON, BACKPRESSURE);
  }

  /** A workflow was started. */
  public void admitted() {
    admitted.increment();
  }

  /** An Idempotency-Key replay: nothing started. */
  public void replayed() {
    replayed.increment();
  }

  /** Refused with 429. */
  public void refusedByBackpressure() {
    refusedBackpressure.increment();
  }
}
