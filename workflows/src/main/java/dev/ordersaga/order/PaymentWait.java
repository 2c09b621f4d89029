package dev.ordersaga.order;

import dev.ordersaga.order.steps.PaymentQuery;
import dev.ordersaga.order.steps.PaymentSnapshot;
import dev.ordersaga.order.steps.PaymentState;
import dev.ordersaga.order.steps.PaymentStatusActivities;
import io.temporal.api.enums.v1.RetryState;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
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

  private static final long NOT_SCHEDULED = -1;

  private final PaymentStatusActivities poll;
  private final Supplier<PaymentStatusActivities> checkStub;
  private PaymentStatusActivities check;
  private boolean checkRequested;
  private boolean settled;
  private int checks;
  private long pollScheduledAtHistoryLength = NOT_SCHEDULED;

  /**
   * @param poll the stub of the long poll
   * @param check builds the stub of the one-off check a callback triggers, when first needed
   */
  PaymentWait(PaymentStatusActivities poll, Supplier<PaymentStatusActivities> check) {
    this.poll = poll;
    this.checkStub = check;
  }

  /**
   * Records a callback; harmless when repeated, after settlement, past the check limit ({@link
   * #MAX_CHECKS}), or before the poll has been scheduled in an earlier task: a callback delivered
   * before the poll is scheduled, or in the workflow task that schedules it, triggers no check,
   * since the poll reads the payment as soon as it starts.
   */
  void notified() {
    if (settled || checks >= MAX_CHECKS) {
      return;
    }
    if (pollScheduledAtHistoryLength == NOT_SCHEDULED
        || Workflow.getInfo().getHistoryLength() == pollScheduledAtHistoryLength) {
      return;
    }
    checkRequested = true;
  }

  /**
   * Runs the await step until the payment settles.
   *
   * @throws ApplicationFailure type {@code PaymentDeclined}, recorded on the step, when the
   *     provider declined the payment, or {@code PaymentExpired} (see {@link #untilSettled})
   */
  void untilPaid(PaymentQuery query, StepCalls steps, SagaLedger ledger) {
    PaymentSnapshot result = steps.call(Step.AWAIT_PAYMENT, () -> untilSettled(query));
    if (result.state() == PaymentState.DECLINED) {
      ApplicationFailure declined =
          ApplicationFailure.newNonRetryableFailure(
              "payment " + query.paymentId() + " declined: " + result.reason(),
              OrderFailureTypes.PAYMENT_DECLINED);
      ledger.failed(Step.AWAIT_PAYMENT, Failures.describe(declined));
      throw declined;
    }
  }

  /**
   * Blocks until the payment settles.
   *
   * @throws ApplicationFailure type {@code PaymentExpired} when the payment window (the poll's
   *     schedule-to-close timeout) ends first, or its next retry would end after it, and one last
   *     check still finds the payment unsettled
   */
  PaymentSnapshot untilSettled(PaymentQuery query) {
    AtomicReference<Promise<PaymentSnapshot>> polled = new AtomicReference<>();
    CancellationScope pollScope =
        Workflow.newCancellationScope(() -> polled.set(Async.function(poll::await, query)));
    pollScope.run();
    pollScheduledAtHistoryLength = Workflow.getInfo().getHistoryLength();
    checkRequested = false;
    try {
      while (true) {
        Workflow.await(() -> polled.get().isCompleted() || checkRequested);
        if (polled.get().isCompleted()) {
          return settle(resultOrLastCheck(polled.get(), query));
        }
        checkRequested = false;
        if (checks >= MAX_CHECKS) {
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

  private PaymentSnapshot resultOrLastCheck(Promise<PaymentSnapshot> poll, PaymentQuery query) {
    try {
      return poll.get();
    } catch (ActivityFailure failure) {
      if (Failures.isTimeout(failure)
          || failure.getRetryState() == RetryState.RETRY_STATE_TIMEOUT) {
        PaymentSnapshot last = lastCheck(query);
        if (last != null) {
          return last;
        }
        throw ApplicationFailure.newNonRetryableFailureWithCause(
            "no result for payment " + query.paymentId() + " within the payment window",
            OrderFailureTypes.PAYMENT_EXPIRED,
            failure);
      }
      throw failure;
    }
  }

  /** The provider's answer when the window ended, if it settled; null when still unsettled. */
  private PaymentSnapshot lastCheck(PaymentQuery query) {
    PaymentSnapshot checked = checkOnce(query);
    return checked != null && checked.state().isSettled() ? checked : null;
  }

  /** One status call; a failed check is logged and the poll goes on. */
  private PaymentSnapshot checkOnce(PaymentQuery query) {
    try {
      if (check == null) {
        check = checkStub.get();
      }
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
