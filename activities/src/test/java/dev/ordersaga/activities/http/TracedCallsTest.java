package dev.ordersaga.activities.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.activities.testing.Answers;
import dev.ordersaga.telemetry.tracing.RecordedSpans;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Clock;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TracedCallsTest {
  @StartStop private final MockWebServer server = new MockWebServer();
  private final RecordedSpans spans = new RecordedSpans();
  private DownstreamHttp http;

  @BeforeEach
  void client() {
    http =
        new DownstreamHttp(
            TracedCalls.of(new OkHttpClient(), spans.openTelemetry()),
            JsonMapper.create(),
            new FailureClassifier(JsonMapper.create(), Clock.systemUTC()),
            server.url("/"));
  }

  @AfterEach
  void close() {
    spans.close();
  }

  @Test
  void aCallInsideAnAttemptsSpanIsAClientSpanOfItsOwnAndSendsItsContext() throws Exception {
    server.enqueue(Answers.json(200, "{\"state\":\"RESERVED\"}"));
    Span attempt = spans.start("Inventory.reserve");
    try (Scope ignored = attempt.makeCurrent()) {
      http.changeState("o-1:reserve-stock", Map.of(), "reservations", "o-1");
    } finally {
      attempt.end();
    }

    SpanData call =
        spans.ended().stream()
            .filter(span -> span.getKind() == SpanKind.CLIENT)
            .findFirst()
            .orElseThrow();
    assertThat(call.getParentSpanId()).isEqualTo(attempt.getSpanContext().getSpanId());
    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("traceparent"))
        .startsWith("00-" + call.getTraceId() + "-" + call.getSpanId() + "-");
  }

  @Test
  void aCallOutsideAnySpanIsNotTraced() throws Exception {
    server.enqueue(Answers.json(200, "{\"state\":\"RESERVED\"}"));

    http.changeState("o-1:reserve-stock", Map.of(), "reservations", "o-1");

    assertThat(spans.ended()).isEmpty();
    assertThat(server.takeRequest().getHeaders().get("traceparent")).isNull();
  }
}
