package dev.ordersaga.api.errors;

import dev.ordersaga.api.orders.OutcomeUnknownException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A change Temporal may or may not have made: 503 with {@code Retry-After}, saying so and how to
 * retry without doing it twice (never "nothing was changed").
 */
public final class OutcomeUnknownMapper implements ExceptionMapper<OutcomeUnknownException> {
  private static final Logger log = LoggerFactory.getLogger(OutcomeUnknownMapper.class);
  private final Duration retryAfter;

  public OutcomeUnknownMapper(Duration retryAfter) {
    this.retryAfter = retryAfter;
  }

  @Override
  public Response toResponse(OutcomeUnknownException exception) {
    log.warn("outcome unknown: {}", exception.getMessage());
    return Problem.of(
            Response.Status.SERVICE_UNAVAILABLE,
            "outcome-unknown",
            "Outcome unknown",
            exception.getMessage())
        .toResponseBuilder()
        .header(HttpHeaders.RETRY_AFTER, Math.max(1, retryAfter.toSeconds()))
        .build();
  }
}
