package dev.ordersaga.telemetry.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.context.ContextPropagator;
import java.util.Map;

/**
 * Carries the W3C trace context in Temporal headers ({@link TemporalHeaders}): a client call sends
 * the span current on its thread; a workflow receives the context it was started with and sends it,
 * unchanged, with every activity it schedules (its compensations and each retry included), so all
 * of them join the trace of the call that started the order. The context is plain data (the W3C
 * fields), the same on every replay: the workflow makes no span of its own.
 */
public final class TraceContextPropagator implements ContextPropagator {
  private static final ThreadLocal<Map<String, String>> RECEIVED = ThreadLocal.withInitial(Map::of);

  @Override
  public String getName() {
    return "w3c-trace-context";
  }

  @Override
  public Map<String, Payload> serializeContext(Object context) {
    @SuppressWarnings("unchecked")
    Map<String, String> fields = (Map<String, String>) context;
    return TemporalHeaders.toHeader(fields);
  }

  @Override
  public Object deserializeContext(Map<String, Payload> header) {
    return Map.copyOf(TemporalHeaders.fieldsIn(header));
  }

  /** The span current on this thread, else the context this thread received from a header. */
  @Override
  public Object getCurrentContext() {
    Context current = Context.current();
    return Span.fromContext(current).getSpanContext().isValid()
        ? TemporalHeaders.fieldsOf(current)
        : RECEIVED.get();
  }

  @Override
  public void setCurrentContext(Object context) {
    @SuppressWarnings("unchecked")
    Map<String, String> fields = (Map<String, String>) context;
    RECEIVED.set(fields);
  }
}
