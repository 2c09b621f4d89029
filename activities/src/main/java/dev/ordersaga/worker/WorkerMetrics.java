package dev.ordersaga.worker;

import com.uber.m3.tally.RootScopeBuilder;
import com.uber.m3.tally.Scope;
import com.uber.m3.util.Duration;
import dev.ordersaga.activities.payments.PaymentPoller;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.temporal.common.reporter.MicrometerClientStatsReporter;

/** The Temporal SDK's metrics (workers, polls, activities, workflows) in Prometheus format. */
final class WorkerMetrics {
  /** How long a settled payment may wait for its order to hear of it before it is counted. */
  static final java.time.Duration SETTLED_TOO_LONG = java.time.Duration.ofMinutes(1);

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Scope scope =
      new RootScopeBuilder()
          .reporter(new MicrometerClientStatsReporter(registry))
          .reportEvery(Duration.ofSeconds(1));

  /** The scope the service stubs report to. */
  Scope scope() {
    return scope;
  }

  /**
   * Publishes the payment poller's state: {@code order_saga_payments_waiting} (payments held now),
   * {@code order_saga_payment_heartbeats_total} (heartbeats sent to the server) and {@code
   * order_saga_payment_status_reads_total} (provider calls, one per batch) and {@code
   * order_saga_payments_settled_waiting} (payments the provider said settled more than {@link
   * #SETTLED_TOO_LONG} ago whose order the server has not yet been told of).
   */
  void watch(PaymentPoller poller) {
    Gauge.builder("order_saga_payments_waiting", poller, PaymentPoller::held).register(registry);
    Gauge.builder(
            "order_saga_payments_settled_waiting",
            poller,
            p -> p.settledButWaiting(SETTLED_TOO_LONG))
        .register(registry);
    FunctionCounter.builder(
            "order_saga_payment_heartbeats", poller, p -> (double) p.heartbeatsSent())
        .register(registry);
    FunctionCounter.builder(
            "order_saga_payment_status_reads", poller, p -> (double) p.statusReads())
        .register(registry);
  }

  /** The Prometheus text exposition of every metric. */
  String scrape() {
    return registry.scrape();
  }
}
