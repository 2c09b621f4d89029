package dev.ordersaga.e2e;

import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.OrderStatus;
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
    stack.awaitStatus(order.orderId(), OrderStatus.NEEDS_ATTENTION, within);
  }

  /** Inventory goes down and the customer cancels: the release of the stock parks the order. */
  static void inCompensationFailed(Stack stack, OrderRequest order, Duration within) {
    stack.sandbox.outage("inventory");
    stack.cancel(order.orderId(), "changed my mind");
    stack.awaitStatus(order.orderId(), OrderStatus.COMPENSATION_FAILED, within);
  }
}
