package dev.ordersaga.bench.waiting;

import dev.ordersaga.activities.payments.PaymentCompletions;
import dev.ordersaga.activities.payments.PollProgress;
import dev.ordersaga.order.steps.PaymentSnapshot;
import java.util.concurrent.atomic.LongAdder;

/**
 * In-memory completions standing in for the server: counts completions and heartbeats by task
 * token, answers every call at once. What the server does with them is not measured here.
 */
final class CountingCompletions implements PaymentCompletions {
  final LongAdder completed = new LongAdder();
  final LongAdder heartbeats = new LongAdder();

  @Override
  public void complete(byte[] taskToken, PaymentSnapshot snapshot) {
    completed.increment();
  }

  @Override
  public void fail(byte[] taskToken, Exception failure) {
    completed.increment();
  }

  @Override
  public void cancel(byte[] taskToken) {
    completed.increment();
  }

  @Override
  public void heartbeat(byte[] taskToken, PollProgress progress) {
    heartbeats.increment();
  }
}
