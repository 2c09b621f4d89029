package dev.ordersaga.worker;

import dev.ordersaga.activities.payments.PollBackoff;
import dev.ordersaga.activities.payments.PollerSettings;
import dev.ordersaga.order.policy.StepPolicy;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Every knob of the wait for a payment ({@code PaymentStatus.await}), in one place; null fields
 * keep the code's defaults ({@link dev.ordersaga.order.policy.StepPolicies#PAYMENT_POLL} for the
 * window and the heartbeat timeout, {@link PollerSettings#defaults()} for the rest). The workflow
 * worker applies {@code window} and {@code heartbeatTimeout} to the activity's options, the {@code
 * payment-status} worker the rest to its poller; {@link #disagreements} checks them against each
 * other when the worker starts.
 *
 * @param window how long a payment may stay pending: the activity's schedule-to-close timeout
 * @param heartbeatTimeout how long a waiting payment's attempt lives without a heartbeat: the
 *     backstop behind {@code leaseTimeout}
 * @param leaseTimeout how long a crashed worker's payments wait at most before another worker
 *     adopts them: the worker renews one lease for all it holds ({@link HolderLeases})
 * @param heartbeatInterval how often each waiting payment heartbeats the server
 * @param initialInterval the first wait between two status reads of one payment
 * @param multiplier how much that wait grows
 * @param maxInterval the longest wait between two reads
 * @param batchSize the most payments read in one provider call
 * @param batchStatus whether the provider reads many payments in one call ({@code POST
 *     /payments/status}); false for one {@code GET} per payment
 * @param maxHeld the most payments one worker holds; more are refused retryably
 * @param threads the poller's threads
 * @param strandedAfter how long a payment the provider settled may wait for its order to hear of it
 *     before the worker counts it stranded ({@code order_saga_payments_settled_waiting}, which the
 *     {@code PaidOrdersWaiting} alert reads); by default {@link #STRANDED_AFTER}
 */
public record PaymentWaitSettings(
    Duration window,
    Duration heartbeatTimeout,
    Duration leaseTimeout,
    Duration heartbeatInterval,
    Duration initialInterval,
    @DecimalMin("1.0") Double multiplier,
    Duration maxInterval,
    @Positive Integer batchSize,
    Boolean batchStatus,
    @Positive Integer maxHeld,
    @Positive Integer threads,
    Duration strandedAfter) {

  /** The default of {@code strandedAfter}. */
  static final Duration STRANDED_AFTER = Duration.ofMinutes(1);

  static final PaymentWaitSettings NONE =
      new PaymentWaitSettings(
          null, null, null, null, null, null, null, null, null, null, null, null);

  /** {@code strandedAfter}, or its default. */
  Duration stranded() {
    return strandedAfter != null ? strandedAfter : STRANDED_AFTER;
  }

  /** The poller's settings, defaults filled in. */
  PollerSettings poller() {
    PollerSettings defaults = PollerSettings.defaults();
    return new PollerSettings(
        backoff(),
        heartbeatInterval != null ? heartbeatInterval : defaults.heartbeatInterval(),
        batchSize != null ? batchSize : defaults.batchSize(),
        batchStatus != null ? batchStatus : defaults.batchStatus(),
        maxHeld != null ? maxHeld : defaults.maxHeld(),
        threads != null ? threads : defaults.threads());
  }

  /**
   * The lease timeout given the effective {@code PaymentStatus.await} policy: {@code leaseTimeout},
   * by default {@link HolderLeases#DEFAULT_TIMEOUT}, or a third of a payment window shorter than
   * three times that.
   */
  Duration leaseTimeout(StepPolicy await) {
    if (leaseTimeout != null) {
      return leaseTimeout;
    }
    Duration window = await.scheduleToClose();
    Duration third = window == null || window.isZero() ? null : window.dividedBy(3);
    return third != null && third.compareTo(HolderLeases.DEFAULT_TIMEOUT) < 0
        ? third
        : HolderLeases.DEFAULT_TIMEOUT;
  }

  /** What this section sets on the {@code PaymentStatus.await} policy. */
  StepPolicy awaitPolicy() {
    return new StepPolicy(null, window, heartbeatTimeout, null, null, null, null, null);
  }

  /**
   * The pairs that disagree, each named with both values, given the effective {@code
   * PaymentStatus.await} policy; empty when the settings fit together.
   */
  List<String> disagreements(StepPolicy await) {
    List<String> found = new ArrayList<>();
    PollBackoff defaults = PollBackoff.defaults();
    Duration initial = initialInterval != null ? initialInterval : defaults.initialInterval();
    Duration max = maxInterval != null ? maxInterval : defaults.maxInterval();
    if (max.compareTo(initial) < 0) {
      found.add(pair("paymentWait.initialInterval", initial, "paymentWait.maxInterval", max));
      return found;
    }
    Duration interval = poller().heartbeatInterval();
    Duration timeout = await.heartbeat();
    Duration window = await.scheduleToClose();
    if (timeout != null && !timeout.isZero() && interval.compareTo(timeout) >= 0) {
      found.add(
          pair("paymentWait.heartbeatInterval", interval, "paymentWait.heartbeatTimeout", timeout));
    }
    if (window != null && !window.isZero()) {
      if (max.compareTo(window) >= 0) {
        found.add(pair("paymentWait.maxInterval", max, "paymentWait.window", window));
      }
      Duration lease = leaseTimeout(await);
      if (lease.compareTo(window) >= 0) {
        found.add(pair("paymentWait.leaseTimeout", lease, "paymentWait.window", window));
      }
      if (timeout != null && timeout.compareTo(window) >= 0) {
        found.add(pair("paymentWait.heartbeatTimeout", timeout, "paymentWait.window", window));
      }
    }
    return found;
  }

  private PollBackoff backoff() {
    PollBackoff defaults = PollBackoff.defaults();
    return new PollBackoff(
        initialInterval != null ? initialInterval : defaults.initialInterval(),
        multiplier != null ? multiplier : defaults.multiplier(),
        maxInterval != null ? maxInterval : defaults.maxInterval());
  }

  private static String pair(String shorter, Duration a, String longer, Duration b) {
    return shorter + " (" + a + ") must be shorter than " + longer + " (" + b + ")";
  }
}
