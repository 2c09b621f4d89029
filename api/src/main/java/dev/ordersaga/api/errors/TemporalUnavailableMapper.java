package dev.ordersaga.api.errors;

import dev.ordersaga.api.orders.TemporalUnavailableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Temporal unreachable or too slow: 503 with {@code Retry-After}, never a stack trace. */
public final class TemporalUnavailableMapper
    implements ExceptionMapper<TemporalUnavailableException> {
  private static final Logger log = LoggerFactory.getLogger(TemporalUnavailableMapper.class);
  private final Duration retryAfter;

  public TemporalUnavailableMapper(Duration retryAfter) {
    this.retryAfter = retryAfter;
  }

  @Override
  public Response toResponse(TemporalUnavailableException exception) {
    log.warn("Temporal unavailable: {}", exception.getMessage());
    return Problem.of(
            Response.Status.SERVICE_UNAVAILABLE,
            "temporal-unavailable",
            "Orders are unavailable",
            "The order engine did not answer in time; nothing was changed. Retry later.")
        .toResponseBuilder()
        .header(HttpHeaders.RETRY_AFTER, Math.max(1, retryAfter.toSeconds()))
        .build();
  }
}
