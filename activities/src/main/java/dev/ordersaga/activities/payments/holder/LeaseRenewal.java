package dev.ordersaga.activities.payments.holder;

import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.client.ActivityWorkerShutdownException;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * The lease half of {@link dev.ordersaga.order.holder.PaymentHolderActivities#hold}: heartbeats
 * every {@code renewEvery} until the term ends or the worker's payment poller has closed (after
 * handing its payments on).
 */
final class LeaseRenewal {
  private final Duration renewEvery;
  private final Predicate<Duration> awaitPollerClosed;

  /**
   * @param awaitPollerClosed waits at most its argument for the poller to close; true once closed
   */
  LeaseRenewal(Duration renewEvery, Predicate<Duration> awaitPollerClosed) {
    this.renewEvery = renewEvery;
    this.awaitPollerClosed = awaitPollerClosed;
  }

  /**
   * @throws ActivityWorkerShutdownException when the worker stops before its poller closed: the
   *     lease lapses, so its payments are swept for in case the hand-over does not finish
   */
  boolean renewFor(Duration term) {
    ActivityExecutionContext context = Activity.getExecutionContext();
    long end = System.nanoTime() + term.toNanos();
    while (System.nanoTime() - end < 0) {
      context.heartbeat(null);
      if (awaitPollerClosed.test(renewEvery)) {
        return false;
      }
    }
    return true;
  }
}
