package dev.ordersaga.telemetry.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactoryOptions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TemporalTracingTest {
  private static final String QUEUE = "stock-probe";
  private static final String ORDER_ID = "o-7";

  private final RecordedSpans spans = new RecordedSpans();
  private final StockProbe.Recording stock = new StockProbe.Recording();
  private TestWorkflowEnvironment env;

  @BeforeEach
  void startWorker() {
    env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder()
                .setWorkflowClientOptions(
                    TemporalTracing.client(
                            WorkflowClientOptions.newBuilder(),
                            spans.openTelemetry(),
                            ProbeNaming.INSTANCE)
                        .build())
                .setWorkerFactoryOptions(
                    WorkerFactoryOptions.newBuilder()
                        .setWorkerInterceptors(
                            TemporalTracing.worker(spans.openTelemetry(), ProbeNaming.INSTANCE))
                        .build())
                .build());
    Worker worker = env.newWorker(QUEUE);
    worker.registerWorkflowImplementationTypes(StockProbeWorkflow.Impl.class);
    worker.registerActivitiesImplementations(stock);
    env.start();
  }

  @AfterEach
  void stop() {
    env.close();
    spans.close();
  }

  @Test
  void everyAttemptIsASpanInTheTraceOfTheCallThatStartedTheOrder() {
    Span request = spans.start("POST /orders");
    try (Scope ignored = request.makeCurrent()) {
      start(1);
    } finally {
      request.end();
    }

    SpanData start = only("StartWorkflow:StockProbeWorkflow");
    assertThat(start.getParentSpanId()).isEqualTo(request.getSpanContext().getSpanId());
    assertThat(spans.ended())
        .hasSize(5)
        .allSatisfy(span -> assertThat(span.getTraceId()).isEqualTo(start.getTraceId()));
    assertThat(attempts())
        .allSatisfy(span -> assertThat(span.getParentSpanId()).isEqualTo(start.getSpanId()))
        .extracting(span -> span.getName() + " " + span.getAttributes().get(SagaAttributes.ATTEMPT))
        .containsExactly(
            ProbeNaming.RESERVE + " 1", ProbeNaming.RESERVE + " 2", ProbeNaming.RELEASE + " 1");
  }

  @Test
  void anAttemptsSpanNamesTheOrderTheStepAndWhetherItUndoes() {
    start(0);

    SpanData reserve = only(ProbeNaming.RESERVE);
    assertThat(reserve.getAttributes().get(SagaAttributes.ORDER_ID)).isEqualTo(ORDER_ID);
    assertThat(reserve.getAttributes().get(SagaAttributes.STEP)).isEqualTo("reserve-stock");
    assertThat(reserve.getAttributes().get(SagaAttributes.COMPENSATION)).isFalse();
    SpanData release = only(ProbeNaming.RELEASE);
    assertThat(release.getAttributes().get(SagaAttributes.STEP)).isEqualTo(ProbeNaming.RELEASE);
    assertThat(release.getAttributes().get(SagaAttributes.COMPENSATION)).isTrue();
  }

  @Test
  void aFailedAttemptsSpanHasTheErrorStatusAndTheException() {
    start(1);

    List<SpanData> reserves =
        attempts().stream().filter(span -> span.getName().equals(ProbeNaming.RESERVE)).toList();
    assertThat(reserves.get(0).getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(reserves.get(0).getEvents())
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.getName()).isEqualTo("exception");
              assertThat(event.getAttributes().get(AttributeKey.stringKey("exception.message")))
                  .contains("attempt 1 fails");
            });
    assertThat(reserves.get(1).getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
  }

  @Test
  void anAttemptLogsWithTheTraceIdOfItsSpan() {
    start(0);

    assertThat(stock.traceIds())
        .hasSize(2)
        .allSatisfy(
            traceId -> assertThat(traceId).isEqualTo(only(ProbeNaming.RESERVE).getTraceId()));
  }

  private void start(int failures) {
    env.getWorkflowClient()
        .newWorkflowStub(
            StockProbeWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue(QUEUE)
                .setWorkflowId("order-" + ORDER_ID)
                .build())
        .run(failures);
  }

  private List<SpanData> attempts() {
    return spans.ended().stream()
        .filter(span -> span.getName().startsWith("Stock."))
        .sorted((a, b) -> Long.compare(a.getStartEpochNanos(), b.getStartEpochNanos()))
        .toList();
  }

  private SpanData only(String name) {
    return spans.ended().stream()
        .filter(span -> span.getName().equals(name))
        .reduce(
            (a, b) -> {
              throw new AssertionError("more than one span named " + name);
            })
        .orElseThrow(() -> new AssertionError("no span named " + name));
  }
}
