package dev.ordersaga.api.attention;

import dev.ordersaga.order.OrderStatus;
import dev.ordersaga.telemetry.metrics.MetricNames;
import io.dropwizard.lifecycle.Managed;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gauge {@code order_saga_orders_parked{status}}: how many running orders rest in each status
 * that waits for an operator, counted from visibility (one count per status) in the background
 * every refresh interval, never on the scrape. A count that cannot be read keeps the last one (NaN
 * before the first).
 */
public final class ParkedOrders implements MeterBinder, Managed {
  private static final Logger log = LoggerFactory.getLogger(ParkedOrders.class);

  private final AttentionSource source;
  private final Duration refresh;
  private final ScheduledExecutorService scheduler;
  private final Map<OrderStatus, Double> counts = new ConcurrentHashMap<>();

  public ParkedOrders(
      AttentionSource source, Duration refresh, ScheduledExecutorService scheduler) {
    this.source = source;
    this.refresh = refresh;
    this.scheduler = scheduler;
  }

  @Override
  public void start() {
    scheduler.scheduleWithFixedDelay(this::refresh, 0, refresh.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Counts every parked status once. */
  public void refresh() {
    for (OrderStatus status : AttentionBoard.PARKED) {
      try {
        counts.put(status, (double) source.countRunning(status));
      } catch (RuntimeException e) {
        log.warn("cannot count the orders in {}: {}", status, e.toString());
      }
    }
  }

  /** The last count of {@code status}, NaN before one was read. */
  public double count(OrderStatus status) {
    return counts.getOrDefault(status, Double.NaN);
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (OrderStatus status : AttentionBoard.PARKED) {
      Gauge.builder(MetricNames.ORDERS_PARKED, this, parked -> parked.count(status))
          .description("Running orders resting in a status that waits for an operator")
          .tag(MetricNames.STATUS, status.name())
          .register(registry);
    }
  }
}
