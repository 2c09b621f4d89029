package dev.ordersaga.api.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Backpressure: 429 with {@code Retry-After}; no workflow was started. */
public final class TooManyOrdersMapper implements ExceptionMapper<TooManyOrdersException> {
  @Override
  public Response toResponse(TooManyOrdersException exception) {
    return Problem.of(
            Response.Status.TOO_MANY_REQUESTS,
            "backpressure",
            "Too many orders in flight",
            exception.getMessage())
        .toResponse(exception.retryAfter());
  }
}
