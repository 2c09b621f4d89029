package dev.ordersaga.activities.payments;

import dev.ordersaga.activities.http.DownstreamHttp;
import dev.ordersaga.activities.logging.OrderMdc;
import dev.ordersaga.order.steps.PaymentQuery;
import dev.ordersaga.order.steps.PaymentSnapshot;
import dev.ordersaga.order.steps.PaymentStatusActivities;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.client.ActivityCompletionException;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * {@link PaymentStatusActivities} over {@code GET /payments/{paymentId}}.
 *
 * <p><b>Design: a synchronous poll loop on virtual threads.</b> {@link #await} sleeps between polls
 * with {@link Thread#sleep}; the worker runs the {@code payment-status} queue with {@code
 * virtualThreads: true} ({@code dev.ordersaga.worker.QueueSettings}), so the activity executor runs
 * each activity on its own virtual thread, a sleeping poll holds no platform thread and one worker
 * keeps thousands of payments waiting. SDK 1.38.0 supports this ({@code
 * WorkerOptions.Builder#setUsingVirtualThreadsOnActivityWorker}), so the loop stays plain code
 * rather than an async-completion state machine: heartbeats, cancellation and resumption work as
 * for any activity, and the concurrency limit of the worker still applies, which is why that
 * queue's {@code maxConcurrent} is raised too.
 */
public final class PaymentStatusClient implements PaymentStatusActivities {
  private static final Logger log = LoggerFactory.getLogger(PaymentStatusClient.class);

  private final DownstreamHttp http;
  private final PollBackoff backoff;
  private final Duration heartbeatInterval;

  public PaymentStatusClient(DownstreamHttp http, PollBackoff backoff, Duration heartbeatInterval) {
    this.http = http;
    this.backoff = backoff;
    this.heartbeatInterval = heartbeatInterval;
  }

  /**
   * Polls until the payment is SUCCEEDED or DECLINED. The first poll goes at once; then the wait
   * grows by {@link PollBackoff} (at least the provider's {@code Retry-After}). Heartbeats {@link
   * PollProgress} after every poll and, while waiting, at least every heartbeat interval or half
   * the heartbeat timeout, whichever is shorter; a new attempt resumes from the last heartbeat. A
   * transient failure of a poll (timeout, 5xx, 429) is not a failure of the activity: it waits and
   * polls again until the schedule-to-close timeout (the payment window) ends it.
   *
   * @throws ApplicationFailure non-retryable {@code PaymentUndone} when the payment was refunded or
   *     voided; non-retryable types of {@code FailureClassifier} (e.g. 404 {@code
   *     DownstreamRejected})
   * @throws ActivityCompletionException when the activity is cancelled or timed out, found at the
   *     next heartbeat
   */
  @Override
  public PaymentSnapshot await(PaymentQuery query) {
    ActivityExecutionContext context = Activity.getExecutionContext();
    try (MDC.MDCCloseable ignored = OrderMdc.put(query.orderId())) {
      PollProgress progress =
          context.getHeartbeatDetails(PollProgress.class).orElseGet(PollProgress::none);
      if (progress.polls() > 0) {
        log.info("payment {}: resuming the poll after {}", query.paymentId(), progress);
      }
      while (true) {
        try {
          PaymentSnapshot snapshot = read(query);
          if (snapshot.state().isSettled()) {
            log.info(
                "payment {} settled {} after {} polls",
                query.paymentId(),
                snapshot.state(),
                progress.polls() + 1);
            return snapshot;
          }
          progress = progress.polled(snapshot.state().name(), backoff);
        } catch (ApplicationFailure failure) {
          if (failure.isNonRetryable()) {
            throw failure;
          }
          progress = progress.unavailable(failure.getNextRetryDelay(), backoff);
          log.warn(
              "payment {}: poll {} failed, next in {}: {}",
              query.paymentId(),
              progress.polls(),
              progress.nextDelay(),
              failure.getOriginalMessage());
        }
        context.heartbeat(progress);
        pause(context, progress);
      }
    }
  }

  /**
   * One {@code GET /payments/{paymentId}}; PENDING is a valid answer.
   *
   * @throws ApplicationFailure as {@code FailureClassifier} says (retryable for 5xx, timeouts);
   *     non-retryable {@code PaymentUndone} for a refunded or voided payment
   */
  @Override
  public PaymentSnapshot check(PaymentQuery query) {
    try (MDC.MDCCloseable ignored = OrderMdc.put(query.orderId())) {
      PaymentSnapshot snapshot = read(query);
      log.info("payment {} checked: {}", query.paymentId(), snapshot.state());
      return snapshot;
    }
  }

  private PaymentSnapshot read(PaymentQuery query) {
    return http.get(http.url("payments", query.paymentId()), PaymentReply.class)
        .toSnapshot(query.paymentId());
  }

  private void pause(ActivityExecutionContext context, PollProgress progress) {
    long deadline = System.nanoTime() + progress.nextDelay().toNanos();
    long slice = heartbeatSlice(context.getInfo().getHeartbeatTimeout()).toNanos();
    for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
      try {
        Thread.sleep(Duration.ofNanos(Math.min(left, slice)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw Activity.wrap(e);
      }
      context.heartbeat(progress);
    }
  }

  /**
   * How long one sleep between heartbeats lasts: the configured interval, but at most half the
   * attempt's heartbeat timeout, so a long poll interval never times out a live attempt.
   */
  Duration heartbeatSlice(Duration heartbeatTimeout) {
    if (heartbeatTimeout == null || heartbeatTimeout.isZero()) {
      return heartbeatInterval;
    }
    Duration half = heartbeatTimeout.dividedBy(2);
    return half.compareTo(heartbeatInterval) < 0 ? half : heartbeatInterval;
  }
}
