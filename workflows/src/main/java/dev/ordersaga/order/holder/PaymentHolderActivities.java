package dev.ordersaga.order.holder;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/** The lease of a worker holding waiting payments, and the adoption of a dead holder's payments. */
@ActivityInterface
public interface PaymentHolderActivities {
  /** The failure type with which an orphaned payment wait is ended, so a live worker retries it. */
  String HOLDER_DIED = "PaymentHolderDied";

  /**
   * Renews the lease of {@code holder} (heartbeats) while the worker runs, for at most {@code
   * term}. Runs only on the holder's own queue.
   *
   * @return true when the term ended with the worker still running (a new term follows); false when
   *     the worker stopped after handing its payments on
   */
  @ActivityMethod(name = "PaymentHolders.hold")
  boolean hold(String holder, java.time.Duration term);

  /**
   * Ends, retryably ({@value #HOLDER_DIED}), every started {@code PaymentStatus.await} attempt
   * whose last worker is {@code holder}, so that the server retries each at once on a live worker,
   * which resumes it from its heartbeat details. Idempotent: an attempt already ended is not one of
   * them any more. Finds them among the running orders whose {@code OrderStatus} is {@code
   * AWAITING_PAYMENT}.
   *
   * @return how many were ended
   */
  @ActivityMethod(name = "PaymentHolders.adopt")
  int adopt(String holder);
}
