package dev.ordersaga.api;

import dev.ordersaga.order.OrderLedger;
import dev.ordersaga.order.OrderStatus;
import dev.ordersaga.order.Step;
import dev.ordersaga.order.StepEntry;
import dev.ordersaga.order.StepState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;

/** Ledgers for resource tests. */
public final class Ledgers {
  private Ledgers() {}

  public static OrderLedger pending(String orderId) {
    return of(orderId, OrderStatus.PENDING);
  }

  public static OrderLedger of(String orderId, OrderStatus status) {
    Instant now = Instant.parse("2025-01-01T12:00:00Z");
    return new OrderLedger(
        orderId,
        "c-42",
        status,
        null,
        new BigDecimal("44.98"),
        "USD",
        null,
        null,
        false,
        Arrays.stream(Step.values())
            .map(s -> new StepEntry(s, StepState.PENDING, 0, null, null, null))
            .toList(),
        now,
        now);
  }
}
