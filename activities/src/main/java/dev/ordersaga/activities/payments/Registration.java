package dev.ordersaga.activities.payments;

import dev.ordersaga.activities.interceptors.OrderMdc;
import dev.ordersaga.order.OrderIds;
import dev.ordersaga.order.steps.ActivityTypes;
import dev.ordersaga.order.steps.PaymentQuery;
import dev.ordersaga.telemetry.logging.LogContext;
import java.time.Duration;

/**
 * One waiting payment held by the {@link PaymentPoller}: the activity's task token and where its
 * poll is, in primitive fields (no thread, no closure, no per-payment timer). It is on two lanes at
 * once: the poll fields are written only by the read task that set {@link #reading}, {@link
 * #nextHeartbeatAt} only by the heartbeat task that set {@link #beating}; each publishes by
 * clearing its flag. A heartbeat reads the poll fields without the read lane's flag, so its details
 * may mix two consecutive polls: every mix is a valid point to resume from.
 */
final class Registration {
  final byte[] taskToken;
  final String paymentId;
  final String orderId;
  final long heartbeatNanos;
  volatile String lastStatus;
  volatile int polls;
  volatile long nextDelayNanos;
  long nextPollAt;
  volatile long nextHeartbeatAt;

  /** When a read first found the payment settled ({@link System#nanoTime()}); 0 before. */
  volatile long settledAt;

  volatile boolean reading;
  volatile boolean beating;

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

  /** The logging context of the lines about this wait: its order, workflow and step. */
  LogContext logContext() {
    return OrderMdc.open(OrderIds.workflowId(orderId), ActivityTypes.AWAIT_PAYMENT);
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
