package dev.ordersaga.order;

import dev.ordersaga.order.steps.InventoryActivities;
import dev.ordersaga.order.steps.ReserveStockCommand;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import java.util.List;

/** An incompatible change (stock reserved before the record is opened), to prove replay fails. */
public final class ReorderedOrderWorkflow implements OrderWorkflow {
  private final InventoryActivities inventory =
      Workflow.newActivityStub(
          InventoryActivities.class,
          ActivityOptions.newBuilder().setTaskQueue(TaskQueues.INVENTORY).build());

  @Override
  public OrderLedger place(OrderRequest order) {
    inventory.reserve(new ReserveStockCommand(order.orderId(), "k", List.of()));
    return null;
  }

  @Override
  public OrderLedger status() {
    return null;
  }

  @Override
  public OrderLedger cancel(CancelRequest request) {
    return null;
  }

  @Override
  public void validateCancel(CancelRequest request) {}

  @Override
  public OrderLedger retryCompensation() {
    return null;
  }

  @Override
  public void validateRetryCompensation() {}

  @Override
  public OrderLedger resume() {
    return null;
  }

  @Override
  public void validateResume() {}

  @Override
  public OrderLedger review(ReviewDecision decision) {
    return null;
  }

  @Override
  public void validateReview(ReviewDecision decision) {}

  @Override
  public void retryParked() {}

  @Override
  public void paymentNotified(PaymentNotice notice) {}
}
