package dev.ordersaga.api.errors;

import dev.ordersaga.api.orders.TemporalUnavailableException;
import java.time.Duration;

/** Temporal unreachable or too slow: 503 with {@code Retry-After}, never a stack trace. */
public final class TemporalUnavailableMapper
    extends ServiceUnavailableMapper<TemporalUnavailableException> {
  public TemporalUnavailableMapper(Duration retryAfter) {
    super(retryAfter, "temporal-unavailable", "Orders are unavailable");
  }

  @Override
  String detail(TemporalUnavailableException exception) {
    return "The order engine did not answer in time; nothing was changed. Retry later.";
  }
}
