package dev.ordersaga.api.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Temporal did not answer: a 503 problem with {@code Retry-After}, logged as a warning, never a
 * stack trace.
 *
 * @param <E> the exception mapped
 */
abstract class ServiceUnavailableMapper<E extends RuntimeException> implements ExceptionMapper<E> {
  private final Logger log = LoggerFactory.getLogger(getClass());
  private final Duration retryAfter;
  private final String slug;
  private final String title;

  /**
   * @param retryAfter the {@code Retry-After}, in whole seconds and at least one
   * @param slug the problem's type under {@code /problems/}
   * @param title the problem's title
   */
  ServiceUnavailableMapper(Duration retryAfter, String slug, String title) {
    this.retryAfter = retryAfter;
    this.slug = slug;
    this.title = title;
  }

  /** The problem's detail for {@code exception}. */
  abstract String detail(E exception);

  @Override
  public final Response toResponse(E exception) {
    log.warn("{}: {}", slug, exception.getMessage());
    return Problem.of(Response.Status.SERVICE_UNAVAILABLE, slug, title, detail(exception))
        .toResponse(retryAfter);
  }
}
