package dev.ordersaga.api.errors;

import dev.ordersaga.api.orders.OutcomeUnknownException;
import java.time.Duration;

/**
 * A change Temporal may or may not have made: 503 with {@code Retry-After}, saying so and how to
 * retry without doing it twice (never "nothing was changed").
 */
public final class OutcomeUnknownMapper extends ServiceUnavailableMapper<OutcomeUnknownException> {
  public OutcomeUnknownMapper(Duration retryAfter) {
    super(retryAfter, "outcome-unknown", "Outcome unknown");
  }

  @Override
  String detail(OutcomeUnknownException exception) {
    return exception.getMessage();
  }
}
