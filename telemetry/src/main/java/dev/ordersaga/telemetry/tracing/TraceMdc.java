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
  private final String previousTraceId;
  private final String previousSpanId;

  private TraceMdc(boolean set) {
    this.set = set;
    this.previousTraceId = MDC.get(LogFields.TRACE_ID);
    this.previousSpanId = MDC.get(LogFields.SPAN_ID);
  }

  /** Puts {@code span}'s ids until the result is closed. */
  public static TraceMdc of(Span span) {
    SpanContext context = span.getSpanContext();
    TraceMdc mdc = new TraceMdc(context.isValid());
    if (mdc.set) {
      MDC.put(LogFields.TRACE_ID, context.getTraceId());
      MDC.put(LogFields.SPAN_ID, context.getSpanId());
    }
    return mdc;
  }

  /** Puts back the ids that were there before (those of an enclosing span), or none. */
  @Override
  public void close() {
    if (set) {
      restore(LogFields.TRACE_ID, previousTraceId);
      restore(LogFields.SPAN_ID, previousSpanId);
    }
  }

  private static void restore(String key, String value) {
    if (value == null) {
      MDC.remove(key);
    } else {
      MDC.put(key, value);
    }
  }
}
