package dev.ordersaga.activities.payments.holder;

import dev.ordersaga.order.holder.PaymentHolderActivities;
import io.temporal.activity.Activity;
import io.temporal.client.ActivityCompletionClient;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.time.Duration;
import java.util.function.Predicate;

/** {@link PaymentHolderActivities} of one worker: its lease and the sweeps it runs for others. */
public final class PaymentHolders implements PaymentHolderActivities {
  private final LeaseRenewal renewal;
  private final OrphanSweep sweep;

  /**
   * @param renewEvery how often the lease is renewed: at most a third of the lease timeout
   * @param awaitPollerClosed waits at most its argument for this worker's payment poller to close
   */
  public PaymentHolders(
      Duration renewEvery,
      Predicate<Duration> awaitPollerClosed,
      WorkflowServiceStubs service,
      String namespace,
      ActivityCompletionClient completions) {
    this.renewal = new LeaseRenewal(renewEvery, awaitPollerClosed);
    this.sweep = new OrphanSweep(service, namespace, completions);
  }

  @Override
  public boolean hold(String holder, Duration term) {
    return renewal.renewFor(term);
  }

  @Override
  public int adopt(String holder) {
    return sweep.sweep(holder, count -> Activity.getExecutionContext().heartbeat(count));
  }
}
