package dev.ordersaga.activities.payments;

import dev.ordersaga.order.steps.PaymentSnapshot;
import io.temporal.client.ActivityCompletionClient;

/** {@link PaymentCompletions} sent through Temporal's {@link ActivityCompletionClient}. */
record TemporalCompletions(ActivityCompletionClient client) implements PaymentCompletions {
  @Override
  public void complete(byte[] taskToken, PaymentSnapshot snapshot) {
    client.complete(taskToken, snapshot);
  }

  @Override
  public void fail(byte[] taskToken, Exception failure) {
    client.completeExceptionally(taskToken, failure);
  }

  @Override
  public void cancel(byte[] taskToken) {
    client.reportCancellation(taskToken, null);
  }

  @Override
  public void heartbeat(byte[] taskToken, PollProgress progress) {
    client.heartbeat(taskToken, progress);
  }
}
