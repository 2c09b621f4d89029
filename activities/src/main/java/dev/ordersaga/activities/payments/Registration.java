package dev.ordersaga.activities.payments;

import dev.ordersaga.order.steps.PaymentQuery;
import java.time.Duration;

/**
 * One waiting payment held by the {@link PaymentPoller}: the activity's task token and where its
 * poll is, in primitive fields (no thread, no closure, no per-payment timer). Its mutable fields
 * are written only by the task that set {@link #busy} and published by clearing it.
 */
final class Registration {
  final byte[] taskToken;
  final String paymentId;
  final String orderId;
  final long heartbeatNanos;
  String lastStatus;
  int polls;
  long nextDelayNanos;
  long nextPollAt;
  long nextHeartbeatAt;
  volatile boolean busy;

  Registration(
      byte[] taskToken, PaymentQuery query, PollProgress progress, long heartbeatNanos, long now) {
    this.taskToken = taskToken;
    this.paymentId = query.paymentId();
    this.orderId = query.orderId();
    this.heartbeatNanos = heartbeatNanos;
    this.lastStatus = progress.lastStatus();
    this.polls = progress.polls();
    this.nextDelayNanos = progress.nextDelay().toNanos();
    this.nextPollAt = now;
    this.nextHeartbeatAt = now + heartbeatNanos;
  }

  /** The heartbeat details: what a new attempt resumes from. */
  PollProgress progress() {
    return new PollProgress(lastStatus, polls, Duration.ofNanos(nextDelayNanos));
  }

  /** Takes {@code next} as the poll's progress; the next poll is due after its delay. */
  void advance(PollProgress next, long now) {
    lastStatus = next.lastStatus() == null ? null : next.lastStatus().intern();
    polls = next.polls();
    nextDelayNanos = next.nextDelay().toNanos();
    nextPollAt = now + nextDelayNanos;
  }
}
