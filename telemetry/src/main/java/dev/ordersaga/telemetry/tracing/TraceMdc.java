package dev.ordersaga.telemetry.tracing;

import dev.ordersaga.telemetry.LogFields;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import org.slf4j.MDC;

/**
 * A span's ids in the SLF4J MDC ({@link LogFields#TRACE_ID}, {@link LogFields#SPAN_ID}) while it is
 * current on this thread, so a log line names the trace it belongs to. Sets nothing for a span that
 * is not recorded anywhere (tracing off).
 */
public final class TraceMdc implements AutoCloseable {
  private final boolean set;

  private TraceMdc(boolean set) {
    this.set = set;
  }

  /** Puts {@code span}'s ids until the result is closed. */
  public static TraceMdc of(Span span) {
    SpanContext context = span.getSpanContext();
    if (!context.isValid()) {
      return new TraceMdc(false);
    }
    MDC.put(LogFields.TRACE_ID, context.getTraceId());
    MDC.put(LogFields.SPAN_ID, context.getSpanId());
    return new TraceMdc(true);
  }

  /** Removes the ids it put. */
  @Override
  public void close() {
    if (set) {
      MDC.remove(LogFields.TRACE_ID);
      MDC.remove(LogFields.SPAN_ID);
    }
  }
}
