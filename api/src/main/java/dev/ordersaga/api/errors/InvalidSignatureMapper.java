package dev.ordersaga.api.errors;

import dev.ordersaga.api.webhooks.InvalidSignatureException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** A webhook whose signature does not verify (or is too old): 401, saying which. */
public final class InvalidSignatureMapper implements ExceptionMapper<InvalidSignatureException> {
  @Override
  public Response toResponse(InvalidSignatureException exception) {
    return Problem.of(
            Response.Status.UNAUTHORIZED,
            "invalid-signature",
            "Invalid webhook signature",
            exception.getMessage())
        .toResponse();
  }
}
