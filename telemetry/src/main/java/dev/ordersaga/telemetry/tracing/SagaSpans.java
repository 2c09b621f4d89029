package dev.ordersaga.telemetry.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.temporal.activity.ActivityInfo;
import io.temporal.common.interceptors.Header;

/** The spans Temporal's calls make about an order, named and labelled by {@link SagaNaming}. */
final class SagaSpans {
  private final Tracer tracer;
  private final SagaNaming naming;

  SagaSpans(OpenTelemetry openTelemetry, SagaNaming naming) {
    this.tracer = openTelemetry.getTracer("dev.ordersaga.temporal");
    this.naming = naming;
  }

  /**
   * The span of one activity attempt, named by its type, child of the context {@code header}
   * carries, with the attempt's {@link SagaAttributes}.
   */
  Span attempt(ActivityInfo info, Header header) {
    return tracer
        .spanBuilder(info.getActivityType())
        .setParent(TemporalHeaders.extract(header.getValues()))
        .setSpanKind(SpanKind.CONSUMER)
        .setAllAttributes(SagaAttributes.ofAttempt(info, naming))
        .startSpan();
  }

  /** A CLIENT span named {@code name} about workflow {@code workflowId}, child of the current. */
  Span clientCall(String name, String workflowId) {
    return tracer
        .spanBuilder(name)
        .setSpanKind(SpanKind.CLIENT)
        .setAllAttributes(SagaAttributes.ofWorkflow(workflowId, naming))
        .startSpan();
  }
}
