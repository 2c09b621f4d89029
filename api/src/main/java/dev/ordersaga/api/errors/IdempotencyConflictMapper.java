package dev.ordersaga.api.errors;

import dev.ordersaga.api.orders.IdempotencyConflictException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;

/**
 * An {@code Idempotency-Key} reused with another body: 422, as the IETF Idempotency-Key draft says,
 * naming the header.
 */
public final class IdempotencyConflictMapper
    implements ExceptionMapper<IdempotencyConflictException> {
  @Override
  public Response toResponse(IdempotencyConflictException exception) {
    return Problem.invalid(
            List.of(new FieldError("Idempotency-Key", "reused", exception.getMessage())))
        .toResponse();
  }
}
