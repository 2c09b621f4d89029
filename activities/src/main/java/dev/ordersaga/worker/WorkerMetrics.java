package dev.ordersaga.worker;

import com.uber.m3.tally.Scope;
import com.uber.m3.tally.ScopeCloseException;
import dev.ordersaga.activities.payments.PaymentPoller;
import dev.ordersaga.telemetry.metrics.MetricNames;
import dev.ordersaga.telemetry.metrics.ProcessMetrics;
import dev.ordersaga.telemetry.metrics.TemporalMetrics;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * A worker process's metrics in Prometheus format: the JVM's ({@link ProcessMetrics}), the Temporal
 * SDK's (workers, polls, schedule-to-start, activities, workflows, and the counters the workflow
 * and the activity interceptor add), the payment poller's and the worker's own HTTP server's.
 */
final class WorkerMetrics implements AutoCloseable {
  private final ProcessMetrics process = ProcessMetrics.create();
  private final Scope scope = TemporalMetrics.scope(process.registry());

  /** The scope the service stubs report to. */
  Scope scope() {
    return scope;
  }

  MeterRegistry registry() {
    return process.registry();
  }

  /**
   * Publishes the payment poller's state: {@link MetricNames#PAYMENTS_WAITING} (payments held now),
   * {@link MetricNames#PAYMENT_HEARTBEATS} (heartbeats sent to the server), {@link
   * MetricNames#PAYMENT_STATUS_READS} (provider calls, one per batch) and {@link
   * MetricNames#PAYMENTS_SETTLED_WAITING} (payments the provider said settled more than {@code
   * strandedAfter} ago whose order the server has not yet been told of).
   */
  void watch(PaymentPoller poller, java.time.Duration strandedAfter) {
    MeterRegistry registry = registry();
    Gauge.builder(MetricNames.PAYMENTS_WAITING, poller, PaymentPoller::held).register(registry);
    Gauge.builder(
            MetricNames.PAYMENTS_SETTLED_WAITING, poller, p -> p.settledButWaiting(strandedAfter))
        .register(registry);
    FunctionCounter.builder(
            MetricNames.PAYMENT_HEARTBEATS, poller, p -> (double) p.heartbeatsSent())
        .register(registry);
    FunctionCounter.builder(MetricNames.PAYMENT_STATUS_READS, poller, p -> (double) p.statusReads())
        .register(registry);
  }

  /** The Prometheus text exposition of every metric. */
  String scrape() {
    return process.scrape();
  }

  @Override
  public void close() {
    try {
      scope.close();
    } catch (ScopeCloseException e) {
      throw new IllegalStateException("the Temporal metrics scope did not close", e);
    } finally {
      process.close();
    }
  }
}
