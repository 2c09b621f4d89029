package dev.ordersaga.telemetry.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.activity.ActivityInfo;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptorBase;

/**
 * One activity attempt as one span, named by the activity type, child of the context its header
 * carries ({@link TraceContextPropagator}), with the {@link SagaAttributes} of the attempt; a
 * failed attempt's span has the error status and the exception as an event. The span is current
 * (and in the MDC, {@link TraceMdc}) while the attempt runs, so its HTTP calls are its children.
 */
final class TracedActivity extends ActivityInboundCallsInterceptorBase {
  private final Tracer tracer;
  private final SagaNaming naming;
  private ActivityExecutionContext context;

  TracedActivity(Tracer tracer, SagaNaming naming, ActivityInboundCallsInterceptor next) {
    super(next);
    this.tracer = tracer;
    this.naming = naming;
  }

  @Override
  public void init(ActivityExecutionContext context) {
    this.context = context;
    super.init(context);
  }

  @Override
  public ActivityOutput execute(ActivityInput input) {
    ActivityInfo info = context.getInfo();
    Span span =
        tracer
            .spanBuilder(info.getActivityType())
            .setParent(TemporalHeaders.extract(input.getHeader().getValues()))
            .setSpanKind(SpanKind.CONSUMER)
            .setAllAttributes(SagaAttributes.ofAttempt(info, naming))
            .startSpan();
    return InSpan.run(span, () -> super.execute(input));
  }
}
