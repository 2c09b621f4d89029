package dev.ordersaga.order;

import static dev.ordersaga.order.Step.COMPLETE_RECORD;
import static dev.ordersaga.order.Step.NOTIFY_MERCHANT;

import dev.ordersaga.order.steps.MerchantNotice;
import dev.ordersaga.order.steps.NotificationActivities;
import dev.ordersaga.order.steps.OrderRecordActivities;
import dev.ordersaga.order.steps.StepCommand;
import dev.ordersaga.telemetry.metrics.MetricNames;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import org.slf4j.Logger;

/**
 * The steps after the shipment (the pivot), in registry order: never undone. A best-effort step's
 * failure is recorded and the order goes on; a retriable step that its policy gives up on parks the
 * order in NEEDS_ATTENTION until an operator resumes it, then runs again.
 */
final class AfterPivot {
  private static final Logger log = Workflow.getLogger(AfterPivot.class);

  private final NotificationActivities notifications =
      ActivityStubs.forward(NotificationActivities.class, NOTIFY_MERCHANT);
  private final OrderRecordActivities records =
      ActivityStubs.forward(OrderRecordActivities.class, COMPLETE_RECORD);
  private final OrderRun run;
  private boolean resumeRequested;

  AfterPivot(OrderRun run) {
    this.run = run;
  }

  /** Runs each step after the pivot that {@code flow} runs; returns when the last has succeeded. */
  void runAll(OrderFlow flow, OrderRequest order, String shipmentId) {
    for (Step step : Step.values()) {
      if (step.kind().afterPivot() && flow.runs(step)) {
        switch (step) {
          case NOTIFY_MERCHANT -> notifyMerchant(order, shipmentId);
          case COMPLETE_RECORD ->
              untilDone(
                  step,
                  () ->
                      records.complete(
                          new StepCommand(run.orderId(), step.idempotencyKey(run.orderId()))));
          default -> throw new IllegalStateException(step + " has no action after the pivot");
        }
      }
    }
  }

  /** An operator retries the step that parked the order (the validator has checked it is). */
  void resume() {
    resumeRequested = true;
  }

  private void notifyMerchant(OrderRequest order, String shipmentId) {
    MerchantNotice notice =
        new MerchantNotice(
            run.orderId(),
            NOTIFY_MERCHANT.idempotencyKey(run.orderId()),
            order.customerId(),
            order.total(),
            order.currency(),
            shipmentId);
    try {
      run.steps().run(NOTIFY_MERCHANT, () -> notifications.notifyMerchant(notice));
      run.ledger().merchantNotified();
    } catch (ActivityFailure failure) {
      log.warn("order {}: merchant not notified: {}", run.orderId(), Failures.describe(failure));
    }
  }

  private void untilDone(Step step, Runnable action) {
    while (true) {
      try {
        run.steps().run(step, action);
        return;
      } catch (ActivityFailure failure) {
        parkUntilResumed(step, Failures.describe(failure));
      }
    }
  }

  private void parkUntilResumed(Step step, String failure) {
    run.progress().set(OrderStatus.NEEDS_ATTENTION, step.key() + " failed: " + failure);
    Workflow.getMetricsScope().counter(MetricNames.ORDERS_NEEDS_ATTENTION).inc(1);
    log.error("order {}: {} failed, waiting for an operator: {}", run.orderId(), step, failure);
    resumeRequested = false;
    Workflow.await(() -> resumeRequested);
    log.info("order {}: operator resumes {}", run.orderId(), step);
    run.progress().set(OrderStatus.SHIPPED, null);
  }
}
