package dev.ordersaga.api.metrics;

import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;

/**
 * Order admission counts, beside the per-endpoint request and latency metrics Dropwizard keeps.
 * Exported to Prometheus as {@code orders_admitted_total} and so on.
 */
public final class OrderMetrics {
  private final Meter admitted;
  private final Meter replayed;
  private final Meter refusedBackpressure;

  public OrderMetrics(MetricRegistry registry) {
    this.admitted = registry.meter("orders.admitted");
    this.replayed = registry.meter("orders.replayed");
    this.refusedBackpressure = registry.meter("orders.refused.backpressure");
  }

  /** A workflow was started. */
  public void admitted() {
    admitted.mark();
  }

  /** An Idempotency-Key replay: nothing started. */
  public void replayed() {
    replayed.mark();
  }

  /** Refused with 429. */
  public void refusedByBackpressure() {
    refusedBackpressure.mark();
  }
}
