package dev.ordersaga.telemetry.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;

/**
 * An OpenTelemetry for tests that keeps every ended span in memory, at once ({@link #ended()}),
 * with W3C propagation as {@link Tracing} sets it up.
 */
public final class RecordedSpans implements AutoCloseable {
  private final InMemorySpanExporter exported = InMemorySpanExporter.create();
  private final OpenTelemetrySdk sdk =
      OpenTelemetrySdk.builder()
          .setTracerProvider(
              SdkTracerProvider.builder()
                  .addSpanProcessor(SimpleSpanProcessor.create(exported))
                  .build())
          .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
          .build();

  public OpenTelemetry openTelemetry() {
    return sdk;
  }

  /** Starts a span named {@code name}, e.g. the caller's own. */
  public Span start(String name) {
    return sdk.getTracer("test").spanBuilder(name).startSpan();
  }

  /** The spans ended so far, in the order they ended. */
  public List<SpanData> ended() {
    return exported.getFinishedSpanItems();
  }

  @Override
  public void close() {
    sdk.close();
  }
}
