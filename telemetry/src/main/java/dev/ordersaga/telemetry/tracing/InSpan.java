package dev.ordersaga.telemetry.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import java.util.function.Supplier;

/** Work done inside one span, which ends with it. */
final class InSpan {
  private InSpan() {}

  /**
   * Runs {@code work} with {@code span} current on this thread (and in the MDC, {@link TraceMdc});
   * a failure marks the span an error, with the exception as an event, and is rethrown. Ends the
   * span.
   */
  static <T> T run(Span span, Supplier<T> work) {
    try (Scope ignored = span.makeCurrent();
        TraceMdc mdc = TraceMdc.of(span)) {
      return work.get();
    } catch (RuntimeException | Error failure) {
      span.recordException(failure);
      span.setStatus(StatusCode.ERROR, String.valueOf(failure.getMessage()));
      throw failure;
    } finally {
      span.end();
    }
  }
}
