package dev.ordersaga.activities.payments;

import dev.ordersaga.activities.http.DownstreamHttp;
import dev.ordersaga.order.steps.PaymentQuery;
import dev.ordersaga.order.steps.PaymentSnapshot;
import dev.ordersaga.order.steps.PaymentStatusActivities;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.failure.ApplicationFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link PaymentStatusActivities} over the provider's status reads.
 *
 * <p><b>Design: waiting payments as asynchronous completions.</b> {@link #await} hands the payment
 * to the worker's {@link PaymentPoller} and returns without completing ({@code
 * doNotCompleteOnReturn}): a waiting payment holds no thread and no activity slot, only a small
 * registration, and the poller completes the activity once the provider says it settled. {@link
 * #check} is one synchronous read.
 */
public final class PaymentStatusClient implements PaymentStatusActivities {
  private static final Logger log = LoggerFactory.getLogger(PaymentStatusClient.class);

  private final DownstreamHttp http;
  private final PaymentPoller poller;

  public PaymentStatusClient(DownstreamHttp http, PaymentPoller poller) {
    this.http = http;
    this.poller = poller;
  }

  /**
   * Registers the payment with the poller, resuming from the attempt's heartbeat details ({@link
   * PollProgress}), and returns; the poller completes the activity with a settled snapshot, fails
   * it ({@code PaymentUndone} and the other non-retryable types of {@code FailureClassifier}), or
   * heartbeats it while the payment is pending. A transient failure of a read is not a failure of
   * the activity: the poller backs off and reads again until the schedule-to-close timeout (the
   * payment window) ends it.
   *
   * @return nothing: the result comes through the completion client
   * @throws ApplicationFailure retryable {@value PaymentPoller#FULL} when this worker holds as many
   *     payments as it may
   */
  @Override
  public PaymentSnapshot await(PaymentQuery query) {
    ActivityExecutionContext context = Activity.getExecutionContext();
    PollProgress progress =
        context.getHeartbeatDetails(PollProgress.class).orElseGet(PollProgress::none);
    if (progress.polls() > 0) {
      log.info("payment {}: resuming the poll after {}", query.paymentId(), progress);
    }
    poller.register(
        context.getTaskToken(), query, progress, context.getInfo().getHeartbeatTimeout());
    context.doNotCompleteOnReturn();
    return null;
  }

  /**
   * One {@code GET /payments/{paymentId}}; PENDING is a valid answer.
   *
   * @throws ApplicationFailure as {@code FailureClassifier} says (retryable for 5xx, timeouts);
   *     non-retryable {@code PaymentUndone} for a refunded or voided payment
   */
  @Override
  public PaymentSnapshot check(PaymentQuery query) {
    PaymentSnapshot snapshot = read(query);
    log.info("payment {} checked: {}", query.paymentId(), snapshot.state());
    return snapshot;
  }

  private PaymentSnapshot read(PaymentQuery query) {
    return http.get(http.url("payments", query.paymentId()), PaymentReply.class)
        .toSnapshot(query.paymentId());
  }
}
