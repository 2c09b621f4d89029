package dev.ordersaga.telemetry.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.temporal.client.WorkflowUpdateHandle;
import io.temporal.common.interceptors.Header;
import io.temporal.common.interceptors.WorkflowClientCallsInterceptor;
import io.temporal.common.interceptors.WorkflowClientCallsInterceptorBase;
import java.util.function.Supplier;

/**
 * A CLIENT span around each call that starts or tells a workflow something (start, signal,
 * signal-with-start, update), child of the span current on the caller's thread, its context written
 * into the call's Temporal header.
 */
final class TracedClientCalls extends WorkflowClientCallsInterceptorBase {
  private final SagaSpans spans;

  TracedClientCalls(SagaSpans spans, WorkflowClientCallsInterceptor next) {
    super(next);
    this.spans = spans;
  }

  @Override
  public WorkflowStartOutput start(WorkflowStartInput input) {
    return traced(
        "StartWorkflow:" + input.getWorkflowType(),
        input.getWorkflowId(),
        input.getHeader(),
        () -> super.start(input));
  }

  @Override
  public WorkflowSignalOutput signal(WorkflowSignalInput input) {
    return traced(
        "SignalWorkflow:" + input.getSignalName(),
        input.getWorkflowExecution().getWorkflowId(),
        input.getHeader(),
        () -> super.signal(input));
  }

  @Override
  public WorkflowSignalWithStartOutput signalWithStart(WorkflowSignalWithStartInput input) {
    WorkflowStartInput start = input.getWorkflowStartInput();
    return traced(
        "SignalWithStartWorkflow:" + start.getWorkflowType(),
        start.getWorkflowId(),
        start.getHeader(),
        () -> super.signalWithStart(input));
  }

  @Override
  public <R> WorkflowUpdateHandle<R> startUpdate(StartUpdateInput<R> input) {
    return traced(
        "UpdateWorkflow:" + input.getUpdateName(),
        input.getWorkflowExecution().getWorkflowId(),
        input.getHeader(),
        () -> super.startUpdate(input));
  }

  private <T> T traced(String name, String workflowId, Header header, Supplier<T> call) {
    Span span = spans.clientCall(name, workflowId);
    return InSpan.run(
        span,
        () -> {
          header
              .getValues()
              .putAll(TemporalHeaders.toHeader(TemporalHeaders.fieldsOf(Context.current())));
          return call.get();
        });
  }
}
