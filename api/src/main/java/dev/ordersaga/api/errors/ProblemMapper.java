package dev.ordersaga.api.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure of a request as an RFC 9457 problem: an {@link ApiProblem} as it is, a JAX-RS,
 * Jackson or Bean Validation exception as the problem it stands for ({@link ForeignExceptions}),
 * and anything else as a bug: logged with an id that the 500 problem carries, so a report can be
 * matched to its stack trace. A 503 is logged as a warning, never with a stack trace, and carries
 * the configured {@code Retry-After} unless it names its own.
 *
 * <p>JAX-RS picks the mapper of the nearest type, and the runtime brings mappers of its own for
 * some foreign exceptions (Jersey's Bean Validation, Jackson) that are nearer than {@code
 * Throwable}: each of those types has a subclass here that only names it; {@link Any} takes the
 * rest.
 *
 * @param <E> the exceptions mapped
 */
public abstract sealed class ProblemMapper<E extends Throwable> implements ExceptionMapper<E> {
  private static final Logger log = LoggerFactory.getLogger(ProblemMapper.class);

  private final long unavailableRetryAfterSeconds;

  /**
   * @param unavailableRetryAfter the {@code Retry-After} of a 503, in whole seconds, at least one
   */
  private ProblemMapper(Duration unavailableRetryAfter) {
    this.unavailableRetryAfterSeconds = Math.max(1, unavailableRetryAfter.toSeconds());
  }

  /** The mappers of every failure, each 503 answered with {@code unavailableRetryAfter}. */
  static List<ProblemMapper<?>> all(Duration unavailableRetryAfter) {
    return List.of(
        new Any(unavailableRetryAfter),
        new Unreadable(unavailableRetryAfter),
        new Invalid(unavailableRetryAfter));
  }

  @Override
  public final Response toResponse(E exception) {
    ApiProblem problem =
        exception instanceof ApiProblem own
            ? own
            : ForeignExceptions.translate(exception).orElseGet(() -> unexpected(exception));
    Response.ResponseBuilder response = problem.problem().toResponseBuilder();
    problem.headers().entrySet().stream()
        .filter(header -> !header.getKey().equalsIgnoreCase(HttpHeaders.CONTENT_TYPE))
        .forEach(header -> header.getValue().forEach(v -> response.header(header.getKey(), v)));
    if (problem.problem().status() == Response.Status.SERVICE_UNAVAILABLE.getStatusCode()) {
      log.warn("{}: {}", problem.problem().type(), problem.getMessage());
      if (!problem.headers().containsKey(HttpHeaders.RETRY_AFTER)) {
        response.header(HttpHeaders.RETRY_AFTER, unavailableRetryAfterSeconds);
      }
    }
    return response.build();
  }

  private static ApiProblem unexpected(Throwable exception) {
    String id = UUID.randomUUID().toString();
    log.error("unexpected error {}", id, exception);
    return ApiProblem.internalError("Unexpected error " + id + "; it has been logged.");
  }

  /** Our own problems, JAX-RS's refusals, and bugs. */
  static final class Any extends ProblemMapper<Throwable> {
    Any(Duration unavailableRetryAfter) {
      super(unavailableRetryAfter);
    }
  }

  /** JSON that Jackson cannot read. */
  static final class Unreadable extends ProblemMapper<JsonProcessingException> {
    Unreadable(Duration unavailableRetryAfter) {
      super(unavailableRetryAfter);
    }
  }

  /** Bean Validation's failures. */
  static final class Invalid extends ProblemMapper<ConstraintViolationException> {
    Invalid(Duration unavailableRetryAfter) {
      super(unavailableRetryAfter);
    }
  }
}
