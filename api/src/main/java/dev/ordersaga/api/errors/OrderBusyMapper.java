package dev.ordersaga.api.errors;

import dev.ordersaga.api.orders.OrderBusyException;
import java.time.Duration;

/** A change of one order that Temporal refused for now: 503 with {@code Retry-After}. */
public final class OrderBusyMapper extends ServiceUnavailableMapper<OrderBusyException> {
  public OrderBusyMapper(Duration retryAfter) {
    super(retryAfter, "order-busy", "Order busy");
  }

  @Override
  String detail(OrderBusyException exception) {
    return exception.getMessage();
  }
}
