package dev.ordersaga.telemetry.tracing;

import io.opentelemetry.api.trace.Span;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptorBase;

/**
 * One activity attempt as one span, named by the activity type, child of the context its header
 * carries ({@link TraceContextPropagator}), with the {@link SagaAttributes} of the attempt; a
 * failed attempt's span has the error status and the exception as an event. The span is current
 * (and in the MDC, {@link TraceMdc}) while the attempt runs, so its HTTP calls are its children.
 */
final class TracedActivity extends ActivityInboundCallsInterceptorBase {
  private final SagaSpans spans;
  private ActivityExecutionContext context;

  TracedActivity(SagaSpans spans, ActivityInboundCallsInterceptor next) {
    super(next);
    this.spans = spans;
  }

  @Override
  public void init(ActivityExecutionContext context) {
    this.context = context;
    super.init(context);
  }

  @Override
  public ActivityOutput execute(ActivityInput input) {
    Span span = spans.attempt(context.getInfo(), input.getHeader());
    return InSpan.run(span, () -> super.execute(input));
  }
}
