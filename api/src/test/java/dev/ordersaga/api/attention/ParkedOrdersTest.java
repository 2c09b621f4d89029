package dev.ordersaga.api.attention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.OrderStatus;
import dev.ordersaga.telemetry.metrics.MetricNames;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParkedOrdersTest {
  private final Map<OrderStatus, Long> visible = new HashMap<>();
  private final ParkedOrders parked = new ParkedOrders(new Counts(), Duration.ofSeconds(15), null);
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @Test
  void showsTheLastCountOfEachParkedStatusUnderItsStatusTag() {
    parked.bindTo(registry);
    visible.put(OrderStatus.NEEDS_ATTENTION, 3L);
    visible.put(OrderStatus.COMPENSATION_FAILED, 1L);
    visible.put(OrderStatus.IN_REVIEW, 0L);

    parked.refresh();

    assertThat(gauge("NEEDS_ATTENTION")).isEqualTo(3.0);
    assertThat(gauge("COMPENSATION_FAILED")).isEqualTo(1.0);
    assertThat(gauge("IN_REVIEW")).isZero();
  }

  @Test
  void keepsTheLastCountWhenVisibilityCannotBeRead() {
    parked.bindTo(registry);
    visible.put(OrderStatus.NEEDS_ATTENTION, 2L);
    parked.refresh();
    visible.clear();

    parked.refresh();

    assertThat(gauge("NEEDS_ATTENTION")).isEqualTo(2.0);
    assertThat(gauge("IN_REVIEW")).isNaN();
  }

  private double gauge(String status) {
    return registry.get(MetricNames.ORDERS_PARKED).tag(MetricNames.STATUS, status).gauge().value();
  }

  /** Counts from {@link #visible}; a status missing there cannot be read. */
  private final class Counts extends EmptySource {
    @Override
    public long countRunning(OrderStatus status) {
      Long count = visible.get(status);
      if (count == null) {
        throw new IllegalStateException("visibility unavailable");
      }
      return count;
    }
  }
}
