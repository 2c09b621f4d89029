package dev.ordersaga.order;

import dev.ordersaga.order.steps.PaymentQuery;
import dev.ordersaga.order.steps.PaymentSnapshot;
import dev.ordersaga.order.steps.PaymentStatusActivities;
import io.temporal.api.enums.v1.RetryState;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;

/**
 * Waits for the payment result: the long-running poll is the source of truth; a provider callback
 * ({@link #notified()}) triggers one extra status check that may end the wait early. Callbacks
 * while a check is due coalesce into it; after settlement, or once the check limit is reached, a
 * callback schedules nothing, so replayed callbacks cannot grow the order's history with checks.
 */
final class PaymentWait {
  private static final Logger log = Workflow.getLogger(PaymentWait.class);

  /** The most callback-triggered checks one order runs (the poll goes on regardless). */
  static final int MAX_CHECKS = 10;

  private final PaymentStatusActivities poll;
  private final PaymentStatusActivities check;
  private boolean checkRequested;
  private boolean settled;
  private int checks;
  private int maxChecks = Integer.MAX_VALUE;

  /**
   * @param poll the stub of the long poll
   * @param check the stub of the one-off check a callback triggers
   */
  PaymentWait(PaymentStatusActivities poll, PaymentStatusActivities check) {
    this.poll = poll;
    this.check = check;
  }

  /** Bounds the callback-triggered checks to {@link #MAX_CHECKS} (unbounded before this rule). */
  void limitChecks() {
    maxChecks = MAX_CHECKS;
  }

  /** Records a callback; harmless when repeated, after settlement or past the check limit. */
  void notified() {
    if (!settled && checks < maxChecks) {
      checkRequested = true;
    }
  }

  /**
   * Blocks until the payment settles.
   *
   * @throws ApplicationFailure type {@code PaymentExpired} when the payment window (the poll's
   *     schedule-to-close timeout) ends first, or its next retry would end after it
   */
  PaymentSnapshot untilSettled(PaymentQuery query) {
    AtomicReference<Promise<PaymentSnapshot>> polled = new AtomicReference<>();
    CancellationScope pollScope =
        Workflow.newCancellationScope(() -> polled.set(Async.function(poll::await, query)));
    pollScope.run();
    try {
      while (true) {
        Workflow.await(() -> polled.get().isCompleted() || checkRequested);
        if (polled.get().isCompleted()) {
          return settle(resultOf(polled.get(), query));
        }
        checkRequested = false;
        if (checks >= maxChecks) {
          continue;
        }
        checks++;
        PaymentSnapshot checked = checkOnce(query);
        if (checked != null && checked.state().isSettled()) {
          return settle(checked);
        }
      }
    } finally {
      pollScope.cancel();
    }
  }

  private PaymentSnapshot settle(PaymentSnapshot snapshot) {
    settled = true;
    checkRequested = false;
    return snapshot;
  }

  private static PaymentSnapshot resultOf(Promise<PaymentSnapshot> poll, PaymentQuery query) {
    try {
      return poll.get();
    } catch (ActivityFailure failure) {
      if (Failures.isTimeout(failure)
          || failure.getRetryState() == RetryState.RETRY_STATE_TIMEOUT) {
        throw ApplicationFailure.newNonRetryableFailureWithCause(
            "no result for payment " + query.paymentId() + " within the payment window",
            OrderFailureTypes.PAYMENT_EXPIRED,
            failure);
      }
      throw failure;
    }
  }

  /** One status call; a failed check is logged and the poll goes on. */
  private PaymentSnapshot checkOnce(PaymentQuery query) {
    try {
      return check.check(query);
    } catch (ActivityFailure failure) {
      if (CancellationScope.current().isCancelRequested()) {
        throw failure;
      }
      log.warn(
          "order {}: payment check failed, polling goes on: {}",
          query.orderId(),
          Failures.describe(failure));
      return null;
    }
  }
}
