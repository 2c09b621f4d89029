package dev.ordersaga.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordersaga.order.Step;
import dev.ordersaga.processes.ApiProcess.Reply;
import dev.ordersaga.processes.Await;
import dev.ordersaga.processes.JaegerProcess;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One trace per order, read back from Jaeger's query API: the REST call that placed the order (with
 * the client's own {@code traceparent}), a span for every step the order ran and every undo, and
 * the sandbox's server spans inside the activity attempts' HTTP calls.
 */
class TraceIT {
  private static final Duration ORDER_END = Duration.ofSeconds(90);
  private static final Duration TRACE_COMPLETE = Duration.ofSeconds(60);
  private static final SecureRandom RANDOM = new SecureRandom();

  private static JaegerProcess jaeger;
  private static Stack stack;

  @BeforeAll
  static void up() {
    jaeger =
        new JaegerProcess(
            JaegerBinary.installed(),
            Stack.property("e2e.root").resolve("config/jaeger/config.yaml"),
            Stack.workDir("trace-store"));
    stack = Stack.traced("trace", jaeger.tracingEnvironment());
  }

  @AfterAll
  static void down() {
    if (stack != null) {
      stack.close();
    }
    if (jaeger != null) {
      jaeger.close();
    }
  }

  @Test
  void anOrderIsOneTraceFromTheRestCallThroughEveryStepToTheProvider() {
    String traceId = randomHex(16);
    String callerSpanId = randomHex(8);
    String orderId = place("tok_ok", traceId, callerSpanId);
    ApiOrders.awaitStatus(stack.api, orderId, "COMPLETED", ORDER_END);
    List<String> ran = stepsIn(orderId, "DONE");

    TraceView trace =
        awaitTrace(
            traceId,
            view -> view.stepsTraced().containsAll(ran) && view.hasSandboxSpansWithTheirCallers());

    JsonNode server = trace.only("POST /orders");
    assertThat(trace.serviceOf(server)).isEqualTo("order-saga-api");
    assertThat(TraceView.parentOf(server)).isEqualTo(callerSpanId);
    assertThat(trace.tag(server, "http.response.status_code")).isEqualTo("202");
    assertThat(ran).hasSizeGreaterThanOrEqualTo(Step.values().length - 1);
    for (JsonNode sandboxSpan : trace.spansOf("order-saga-sandbox")) {
      JsonNode call = trace.parent(sandboxSpan);
      assertThat(trace.serviceOf(call)).startsWith("order-saga-worker");
      assertThat(trace.tag(trace.parent(call), "saga.step")).isNotNull();
    }
  }

  @Test
  void aDeclinedPaymentsCompensationsAreSpansOfTheirOwn() {
    String traceId = randomHex(16);
    String orderId = place("tok_decline", traceId, randomHex(8));
    ApiOrders.awaitStatus(stack.api, orderId, "FAILED", ORDER_END);
    List<String> undoTypes =
        stepsIn(orderId, "COMPENSATED").stream()
            .map(key -> Step.byKey(key).undoActivityType())
            .toList();
    assertThat(undoTypes).isNotEmpty();

    TraceView trace = awaitTrace(traceId, view -> view.stepsTraced().containsAll(undoTypes));

    for (String undo : undoTypes) {
      JsonNode span = trace.only(undo);
      assertThat(trace.tag(span, "saga.compensation")).isEqualTo("true");
      assertThat(trace.tag(span, "order.id")).isEqualTo(orderId);
    }
  }

  private static String place(String token, String traceId, String parentSpanId) {
    Reply accepted =
        stack.api.post(
            "/orders",
            Orders.json(token),
            Map.of("traceparent", "00-" + traceId + "-" + parentSpanId + "-01"));
    assertThat(accepted.status()).isEqualTo(202);
    return accepted.body().path("orderId").asText();
  }

  /** The keys of the ledger's steps in {@code state}. */
  private static List<String> stepsIn(String orderId, String state) {
    JsonNode steps = stack.api.get("/orders/" + orderId).body().path("steps");
    return StreamSupport.stream(steps.spliterator(), false)
        .filter(step -> step.path("state").asText().equals(state))
        .map(step -> step.path("step").asText())
        .toList();
  }

  private static TraceView awaitTrace(
      String traceId, java.util.function.Predicate<TraceView> complete) {
    return Await.value(
        "trace " + traceId + " to hold every span in Jaeger",
        TRACE_COMPLETE,
        () -> jaeger.trace(traceId).map(TraceView::new).filter(complete).orElse(null));
  }

  private static String randomHex(int bytes) {
    byte[] random = new byte[bytes];
    RANDOM.nextBytes(random);
    return HexFormat.of().formatHex(random);
  }
}
