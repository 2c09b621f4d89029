package dev.ordersaga.bench.waiting;

import io.temporal.client.ActivityCompletionClient;
import io.temporal.payload.context.ActivitySerializationContext;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * An in-memory completion client standing in for the server: counts completions and heartbeats by
 * task token, answers every call at once. What the server does with them is not measured here.
 */
final class CountingCompletions implements ActivityCompletionClient {
  final LongAdder completed = new LongAdder();
  final LongAdder heartbeats = new LongAdder();

  @Override
  public <R> void complete(byte[] taskToken, R result) {
    completed.increment();
  }

  @Override
  public void completeExceptionally(byte[] taskToken, Exception result) {
    completed.increment();
  }

  @Override
  public <V> void reportCancellation(byte[] taskToken, V details) {
    completed.increment();
  }

  @Override
  public <V> void heartbeat(byte[] taskToken, V details) {
    heartbeats.increment();
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
