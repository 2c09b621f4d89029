package dev.ordersaga.api.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** A header, path or query value that broke a rule: 422 naming it. */
public final class FieldViolationMapper implements ExceptionMapper<FieldViolationException> {
  @Override
  public Response toResponse(FieldViolationException exception) {
    return Problem.invalid(exception.errors()).toResponse();
  }
}
