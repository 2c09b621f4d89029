package dev.ordersaga.api.errors;

import dev.ordersaga.api.orders.InvalidPageTokenException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** A page token Temporal did not hand out: 400. */
public final class InvalidPageTokenMapper implements ExceptionMapper<InvalidPageTokenException> {
  @Override
  public Response toResponse(InvalidPageTokenException exception) {
    return Problem.of(
            Response.Status.BAD_REQUEST,
            "invalid-page-token",
            "Invalid page token",
            exception.getMessage())
        .toResponse();
  }
}
