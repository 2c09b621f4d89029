package dev.ordersaga.activities.payments;

import dev.ordersaga.order.steps.PaymentSnapshot;

/**
 * What the {@link PaymentPoller} tells the server about a waiting {@code await} activity, by its
 * task token. Production goes through {@link #of(io.temporal.client.ActivityCompletionClient)}.
 *
 * <p>Every method throws what the server answered instead of success: an {@link
 * io.temporal.client.ActivityCompletionException} (not found, cancelled, paused, reset; SDK 1.38
 * wraps the latter three in an ActivityCompletionFailureException, temporalio/sdk-java#2983, which
 * the poller unwraps) or a {@link io.grpc.StatusRuntimeException} when the server cannot be
 * reached.
 */
public interface PaymentCompletions {
  /** Completes the activity with the settled {@code snapshot}. */
  void complete(byte[] taskToken, PaymentSnapshot snapshot);

  /** Fails the activity's attempt with {@code failure}; its retry policy decides what follows. */
  void fail(byte[] taskToken, Exception failure);

  /** Reports the activity cancelled, as its workflow asked. */
  void cancel(byte[] taskToken);

  /** Records {@code progress} as the activity's heartbeat details and resets its timeout. */
  void heartbeat(byte[] taskToken, PollProgress progress);

  /** These completions sent through Temporal's {@code client}. */
  static PaymentCompletions of(io.temporal.client.ActivityCompletionClient client) {
    return new TemporalCompletions(client);
  }
}
