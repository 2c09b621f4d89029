package dev.ordersaga.e2e;

import dev.ordersaga.order.CancelRequest;
import dev.ordersaga.order.OrderIds;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.OrderStatus;
import dev.ordersaga.order.OrderWorkflow;
import dev.ordersaga.processes.Await;
import java.time.Duration;

/**
 * Parks an order that awaits payment on a {@link Stack#forRunbook} stack (whose undos and record
 * completion give up after two attempts), leaving the fault that parked it on.
 */
final class Parking {
  private Parking() {}

  /** The order records system goes down, the payment settles: the order ships, then parks. */
  static void afterShipment(Stack stack, OrderRequest order, Duration within) {
    stack.sandbox.outage("records");
    stack.sandbox.settle(stack.status(order.orderId()).paymentId());
    Await.until(
        order.orderId() + " to park in NEEDS_ATTENTION",
        within,
        () -> stack.status(order.orderId()).status() == OrderStatus.NEEDS_ATTENTION);
  }

  /** Inventory goes down and the customer cancels: the release of the stock parks the order. */
  static void inCompensationFailed(Stack stack, OrderRequest order, Duration within) {
    stack.sandbox.outage("inventory");
    stack
        .temporal
        .client()
        .newWorkflowStub(OrderWorkflow.class, OrderIds.workflowId(order.orderId()))
        .cancel(new CancelRequest("changed my mind"));
    Await.until(
        order.orderId() + " to park in COMPENSATION_FAILED",
        within,
        () -> stack.status(order.orderId()).status() == OrderStatus.COMPENSATION_FAILED);
  }
}
