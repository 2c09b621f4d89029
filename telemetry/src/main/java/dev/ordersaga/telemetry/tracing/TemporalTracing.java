package dev.ordersaga.telemetry.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.WorkerInterceptor;
import io.temporal.common.interceptors.WorkerInterceptorBase;
import io.temporal.common.interceptors.WorkflowClientCallsInterceptor;
import io.temporal.common.interceptors.WorkflowClientInterceptorBase;
import java.util.List;

/**
 * Tracing for Temporal clients and workers: what a process adds to its {@link
 * WorkflowClientOptions} ({@link #client}) and to its worker factory's interceptors ({@link
 * #worker}). Both ends need the client part: it carries the context from the client's call to the
 * workflow, and from the workflow to its activities.
 */
public final class TemporalTracing {
  private TemporalTracing() {}

  /**
   * {@code options} with the W3C context propagator and a CLIENT span per start, signal and update.
   */
  public static WorkflowClientOptions.Builder client(
      WorkflowClientOptions.Builder options, OpenTelemetry openTelemetry, SagaNaming naming) {
    SagaSpans spans = new SagaSpans(openTelemetry, naming);
    return options
        .setContextPropagators(List.of(new TraceContextPropagator()))
        .setInterceptors(
            new WorkflowClientInterceptorBase() {
              @Override
              public WorkflowClientCallsInterceptor workflowClientCallsInterceptor(
                  WorkflowClientCallsInterceptor next) {
                return new TracedClientCalls(spans, next);
              }
            });
  }

  /** A span per activity attempt ({@link TracedActivity}). */
  public static WorkerInterceptor worker(OpenTelemetry openTelemetry, SagaNaming naming) {
    SagaSpans spans = new SagaSpans(openTelemetry, naming);
    return new WorkerInterceptorBase() {
      @Override
      public ActivityInboundCallsInterceptor interceptActivity(
          ActivityInboundCallsInterceptor next) {
        return new TracedActivity(spans, next);
      }
    };
  }
}
