package dev.ordersaga.order.holder;

import java.time.Duration;
import java.util.Objects;

/**
 * The lease of one worker process that holds waiting payments.
 *
 * @param holder the worker's Temporal identity: what the server records as the last worker of each
 *     {@code PaymentStatus.await} attempt it started
 * @param leaseQueue the task queue only this worker polls, where its lease activity runs
 * @param leaseTimeout how long the lease lives without a renewal: the heartbeat timeout of the
 *     lease activity
 * @param term how long one lease activity runs before the lease workflow continues as new with a
 *     fresh one (bounds its history and the activity's start-to-close)
 * @param adoptTimeout how long one sweep for the holder's payments may take (start-to-close); a
 *     sweep that fails or times out is retried until it succeeds
 */
public record HolderLease(
    String holder, String leaseQueue, Duration leaseTimeout, Duration term, Duration adoptTimeout) {
  public HolderLease {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(leaseQueue, "leaseQueue");
    if (leaseTimeout == null || leaseTimeout.isZero() || leaseTimeout.isNegative()) {
      throw new IllegalArgumentException("leaseTimeout must be positive: " + leaseTimeout);
    }
    if (term == null || term.compareTo(leaseTimeout) <= 0) {
      throw new IllegalArgumentException(
          "term (" + term + ") must be longer than leaseTimeout (" + leaseTimeout + ")");
    }
    if (adoptTimeout == null || adoptTimeout.isZero() || adoptTimeout.isNegative()) {
      throw new IllegalArgumentException("adoptTimeout must be positive: " + adoptTimeout);
    }
  }

  /** A lease of {@code holder} on its own queue ({@link #leaseQueue(String)}). */
  public static HolderLease of(
      String holder, Duration leaseTimeout, Duration term, Duration adoptTimeout) {
    return new HolderLease(holder, leaseQueue(holder), leaseTimeout, term, adoptTimeout);
  }

  /** The workflow id of the lease of {@code holder}. */
  public static String workflowId(String holder) {
    return "payment-holder-" + holder;
  }

  /** The task queue only {@code holder} polls. */
  public static String leaseQueue(String holder) {
    return "payment-holder-" + holder;
  }
}
