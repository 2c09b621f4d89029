package dev.ordersaga.telemetry.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Scope;
import io.temporal.api.common.v1.Payload;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class TraceContextPropagatorTest {
  private final TraceContextPropagator propagator = new TraceContextPropagator();
  @AutoClose private final RecordedSpans spans = new RecordedSpans();

  @Test
  void theCurrentSpanTravelsThroughAHeaderToAnotherThreadUnchanged() throws Exception {
    Span span = spans.start("call");
    Map<String, Payload> header;
    try (Scope ignored = span.makeCurrent()) {
      header = propagator.serializeContext(propagator.getCurrentContext());
    }

    Object received =
        CompletableFuture.supplyAsync(
                () -> {
                  propagator.setCurrentContext(propagator.deserializeContext(header));
                  return propagator.getCurrentContext();
                })
            .get();

    assertThat(propagator.serializeContext(received)).isEqualTo(header);
    SpanContext extracted = Span.fromContext(TemporalHeaders.extract(header)).getSpanContext();
    assertThat(header).isNotEmpty();
    assertThat(extracted.getTraceId()).isEqualTo(span.getSpanContext().getTraceId());
    assertThat(extracted.getSpanId()).isEqualTo(span.getSpanContext().getSpanId());
    assertThat(extracted.isSampled()).isTrue();
    assertThat(extracted.isRemote()).isTrue();
  }

  @Test
  void withoutASpanNothingIsSent() {
    assertThat(propagator.serializeContext(propagator.getCurrentContext())).isEmpty();
    assertThat(Span.fromContext(TemporalHeaders.extract(Map.of())).getSpanContext().isValid())
        .isFalse();
  }
}
