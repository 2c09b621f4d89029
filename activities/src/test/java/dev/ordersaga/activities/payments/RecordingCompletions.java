package dev.ordersaga.activities.payments;

import dev.ordersaga.order.steps.PaymentSnapshot;
import io.temporal.client.ActivityCompletionException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * In-memory {@link PaymentCompletions} of task tokens (the token is the payment id's bytes):
 * records completions, failures, cancellations and heartbeats; a heartbeat of a token given an
 * answer with {@link #answerHeartbeat} throws it.
 */
final class RecordingCompletions implements PaymentCompletions {
  /** What happened to one activity, and when ({@link System#nanoTime()}). */
  record Event(String token, String kind, Object value, long atNanos) {
    Event(String token, String kind, Object value) {
      this(token, kind, value, System.nanoTime());
    }
  }

  final List<Event> events = new CopyOnWriteArrayList<>();
  private final Map<String, RuntimeException> completeAnswers = new ConcurrentHashMap<>();
  private final Map<String, ActivityCompletionException> heartbeatAnswers =
      new ConcurrentHashMap<>();

  static byte[] token(String paymentId) {
    return paymentId.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  void answerComplete(String paymentId, RuntimeException answer) {
    completeAnswers.put(paymentId, answer);
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
  public void complete(byte[] taskToken, PaymentSnapshot snapshot) {
    RuntimeException answer = completeAnswers.get(name(taskToken));
    if (answer != null) {
      throw answer;
    }
    events.add(new Event(name(taskToken), "complete", snapshot));
  }

  @Override
  public void fail(byte[] taskToken, Exception failure) {
    events.add(new Event(name(taskToken), "fail", failure));
  }

  @Override
  public void cancel(byte[] taskToken) {
    events.add(new Event(name(taskToken), "cancelled", null));
  }

  @Override
  public void heartbeat(byte[] taskToken, PollProgress progress) {
    ActivityCompletionException answer = heartbeatAnswers.get(name(taskToken));
    if (answer != null) {
      throw answer;
    }
    events.add(new Event(name(taskToken), "heartbeat", progress));
  }
}
