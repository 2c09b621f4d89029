package dev.ordersaga.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** One trace as Jaeger's query API answers it: its spans, their processes, tags and parents. */
record TraceView(JsonNode trace) {
  List<JsonNode> spans() {
    return StreamSupport.stream(trace.path("spans").spliterator(), false).toList();
  }

  /** The {@code saga.step} values of the trace's activity spans. */
  Set<String> stepsTraced() {
    return spans().stream()
        .map(span -> tag(span, "saga.step"))
        .filter(step -> step != null)
        .collect(Collectors.toSet());
  }

  /**
   * Whether the sandbox's spans have arrived, each with its caller's span and that span's parent
   * (the processes send their spans in batches of their own, so a child may arrive first).
   */
  boolean hasSandboxSpansWithTheirCallers() {
    List<JsonNode> sandbox = spansOf("order-saga-sandbox");
    return !sandbox.isEmpty()
        && sandbox.stream().allMatch(span -> has(parentOf(span)) && has(parentOf(parent(span))));
  }

  private boolean has(String spanId) {
    return spans().stream().anyMatch(span -> span.path("spanID").asText().equals(spanId));
  }

  List<JsonNode> spansOf(String service) {
    return spans().stream().filter(span -> serviceOf(span).equals(service)).toList();
  }

  /** The one span named {@code operation}. */
  JsonNode only(String operation) {
    List<JsonNode> named =
        spans().stream()
            .filter(span -> span.path("operationName").asText().equals(operation))
            .toList();
    if (named.size() != 1) {
      throw new AssertionError(
          named.size() + " spans named " + operation + " in " + operationNames());
    }
    return named.get(0);
  }

  String serviceOf(JsonNode span) {
    return trace
        .path("processes")
        .path(span.path("processID").asText())
        .path("serviceName")
        .asText();
  }

  /** The value of {@code span}'s tag {@code key} as text, or null when it has none. */
  String tag(JsonNode span, String key) {
    for (JsonNode tag : span.path("tags")) {
      if (tag.path("key").asText().equals(key)) {
        return tag.path("value").asText();
      }
    }
    return null;
  }

  /** The span id of {@code span}'s parent (its CHILD_OF reference), or null for a root. */
  static String parentOf(JsonNode span) {
    for (JsonNode reference : span.path("references")) {
      if (reference.path("refType").asText().equals("CHILD_OF")) {
        return reference.path("spanID").asText();
      }
    }
    return null;
  }

  /** {@code span}'s parent in this trace. */
  JsonNode parent(JsonNode span) {
    String parentId = parentOf(span);
    return spans().stream()
        .filter(candidate -> candidate.path("spanID").asText().equals(parentId))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError("no parent " + parentId + " of " + span.path("operationName")));
  }

  private List<String> operationNames() {
    return spans().stream().map(span -> span.path("operationName").asText()).toList();
  }
}
