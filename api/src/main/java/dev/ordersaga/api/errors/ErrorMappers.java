package dev.ordersaga.api.errors;

import java.time.Duration;
import java.util.List;

/** Every exception mapper and the body limit: what makes each error an RFC 7807 problem. */
public final class ErrorMappers {
  private ErrorMappers() {}

  /**
   * @param maxBodyBytes larger bodies are refused with 413
   * @param unavailableRetryAfter the {@code Retry-After} of a 503
   */
  public static List<Object> providers(long maxBodyBytes, Duration unavailableRetryAfter) {
    return List.of(
        new BodyLimitFilter(maxBodyBytes),
        new ConstraintViolationMapper(),
        new JsonProcessingMapper(),
        new WebApplicationMapper(),
        new FieldViolationMapper(),
        new IdempotencyConflictMapper(),
        new OrderNotFoundMapper(),
        new OrderRefusedMapper(),
        new InvalidPageTokenMapper(),
        new TemporalUnavailableMapper(unavailableRetryAfter),
        new OutcomeUnknownMapper(unavailableRetryAfter),
        new OrderBusyMapper(unavailableRetryAfter),
        new TooManyOrdersMapper(),
        new InvalidSignatureMapper(),
        new UnexpectedErrorMapper());
  }
}
