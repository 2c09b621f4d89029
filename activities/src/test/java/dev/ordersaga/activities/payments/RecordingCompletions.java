package dev.ordersaga.activities.payments;

import io.temporal.client.ActivityCompletionClient;
import io.temporal.client.ActivityCompletionException;
import io.temporal.payload.context.ActivitySerializationContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-memory {@link ActivityCompletionClient} of task tokens (the token is the payment id's
 * bytes): records completions, failures, cancellations and heartbeats; a heartbeat of a token given
 * an answer with {@link #answerHeartbeat} throws it.
 */
final class RecordingCompletions implements ActivityCompletionClient {
  /** What happened to one activity. */
  record Event(String token, String kind, Object value) {}

  final List<Event> events = new CopyOnWriteArrayList<>();
  private final Map<String, ActivityCompletionException> heartbeatAnswers =
      new ConcurrentHashMap<>();

  static byte[] token(String paymentId) {
    return paymentId.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  void answerHeartbeat(String paymentId, ActivityCompletionException answer) {
    heartbeatAnswers.put(paymentId, answer);
  }

  List<Event> of(String paymentId, String kind) {
    return events.stream()
        .filter(e -> e.token().equals(paymentId) && e.kind().equals(kind))
        .toList();
  }

  private static String name(byte[] token) {
    return new String(token, java.nio.charset.StandardCharsets.UTF_8);
  }

  @Override
  public <R> void complete(byte[] taskToken, R result) {
    events.add(new Event(name(taskToken), "complete", result));
  }

  @Override
  public void completeExceptionally(byte[] taskToken, Exception result) {
    events.add(new Event(name(taskToken), "fail", result));
  }

  @Override
  public <V> void reportCancellation(byte[] taskToken, V details) {
    events.add(new Event(name(taskToken), "cancelled", details));
  }

  @Override
  public <V> void heartbeat(byte[] taskToken, V details) {
    ActivityCompletionException answer = heartbeatAnswers.get(name(taskToken));
    if (answer != null) {
      throw answer;
    }
    events.add(new Event(name(taskToken), "heartbeat", details));
  }

  @Override
  public <R> void complete(String workflowId, Optional<String> runId, String activityId, R result) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <R> void completeStandalone(String activityId, Optional<String> runId, R result) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void completeExceptionally(
      String workflowId, Optional<String> runId, String activityId, Exception result) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void completeExceptionallyStandalone(
      String activityId, Optional<String> runId, Exception result) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <V> void reportCancellation(
      String workflowId, Optional<String> runId, String activityId, V details) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <V> void reportCancellationStandalone(
      String activityId, Optional<String> runId, V details) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <V> void heartbeat(
      String workflowId, Optional<String> runId, String activityId, V details) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <V> void heartbeatStandalone(String activityId, Optional<String> runId, V details) {
    throw new UnsupportedOperationException();
  }

  @Override
  public ActivityCompletionClient withContext(ActivitySerializationContext context) {
    return this;
  }
}
