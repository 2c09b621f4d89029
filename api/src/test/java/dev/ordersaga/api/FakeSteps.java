package dev.ordersaga.api;

import dev.ordersaga.order.TaskQueues;
import dev.ordersaga.order.steps.InventoryActivities;
import dev.ordersaga.order.steps.MerchantNotice;
import dev.ordersaga.order.steps.NotificationActivities;
import dev.ordersaga.order.steps.OpenRecordCommand;
import dev.ordersaga.order.steps.OrderRecordActivities;
import dev.ordersaga.order.steps.PaymentActivities;
import dev.ordersaga.order.steps.PaymentCommand;
import dev.ordersaga.order.steps.PaymentQuery;
import dev.ordersaga.order.steps.PaymentRequested;
import dev.ordersaga.order.steps.PaymentSnapshot;
import dev.ordersaga.order.steps.PaymentState;
import dev.ordersaga.order.steps.PaymentStatusActivities;
import dev.ordersaga.order.steps.ReserveStockCommand;
import dev.ordersaga.order.steps.ShipmentCommand;
import dev.ordersaga.order.steps.ShipmentCreated;
import dev.ordersaga.order.steps.ShippingActivities;
import dev.ordersaga.order.steps.StepCommand;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;

/**
 * Downstream systems that always agree, except that a payment made with token {@code tok_never}
 * stays pending, so its order waits (and can be cancelled). Each registered on its own queue.
 */
final class FakeSteps {
  private static final String NEVER = "never-";

  static void register(TestWorkflowEnvironment env) {
    env.newWorker(TaskQueues.ORDER_RECORDS).registerActivitiesImplementations(records());
    env.newWorker(TaskQueues.INVENTORY).registerActivitiesImplementations(inventory());
    env.newWorker(TaskQueues.PAYMENTS).registerActivitiesImplementations(payments());
    env.newWorker(TaskQueues.PAYMENT_STATUS).registerActivitiesImplementations(status());
    env.newWorker(TaskQueues.SHIPPING).registerActivitiesImplementations(shipping());
    env.newWorker(TaskQueues.NOTIFICATIONS).registerActivitiesImplementations(notifications());
  }

  private static OrderRecordActivities records() {
    return new OrderRecordActivities() {
      @Override
      public void open(OpenRecordCommand c) {}

      @Override
      public void complete(StepCommand c) {}

      @Override
      public void cancel(StepCommand c) {}
    };
  }

  private static InventoryActivities inventory() {
    return new InventoryActivities() {
      @Override
      public void reserve(ReserveStockCommand c) {}

      @Override
      public void release(StepCommand c) {}

      @Override
      public void commit(StepCommand c) {}

      @Override
      public void restock(StepCommand c) {}
    };
  }

  private static PaymentActivities payments() {
    return new PaymentActivities() {
      @Override
      public PaymentRequested request(PaymentCommand c) {
        return new PaymentRequested((c.token().equals("tok_never") ? NEVER : "pay-") + c.orderId());
      }

      @Override
      public void refund(StepCommand c) {}
    };
  }

  private static PaymentStatusActivities status() {
    return new PaymentStatusActivities() {
      @Override
      public PaymentSnapshot await(PaymentQuery q) {
        if (q.paymentId().startsWith(NEVER)) {
          throw ApplicationFailure.newFailure("payment still pending", "PaymentPending");
        }
        return new PaymentSnapshot(q.paymentId(), PaymentState.SUCCEEDED, null);
      }

      @Override
      public PaymentSnapshot check(PaymentQuery q) {
        return new PaymentSnapshot(q.paymentId(), PaymentState.PENDING, null);
      }
    };
  }

  private static ShippingActivities shipping() {
    return new ShippingActivities() {
      @Override
      public ShipmentCreated create(ShipmentCommand c) {
        return new ShipmentCreated("shp-" + c.orderId());
      }

      @Override
      public void cancel(StepCommand c) {}
    };
  }

  private static NotificationActivities notifications() {
    return new NotificationActivities() {
      @Override
      public void notifyMerchant(MerchantNotice n) {}
    };
  }

  private FakeSteps() {}
}
