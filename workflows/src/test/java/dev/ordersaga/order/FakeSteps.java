package dev.ordersaga.order;

import dev.ordersaga.order.steps.ActivityTypes;
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

/** Fake downstream systems, one per activity interface, driven by a shared {@link StepScript}. */
final class FakeSteps {
  private FakeSteps() {}

  record Records(StepScript script) implements OrderRecordActivities {
    @Override
    public void open(OpenRecordCommand command) {
      script.enter(ActivityTypes.OPEN_RECORD, command.idempotencyKey());
    }

    @Override
    public void complete(StepCommand command) {
      script.enter(ActivityTypes.COMPLETE_RECORD, command.idempotencyKey());
    }

    @Override
    public void cancel(StepCommand command) {
      script.enter(ActivityTypes.CANCEL_RECORD, command.idempotencyKey());
    }
  }

  record Inventory(StepScript script) implements InventoryActivities {
    @Override
    public void reserve(ReserveStockCommand command) {
      script.enter(ActivityTypes.RESERVE_STOCK, command.idempotencyKey());
    }

    @Override
    public void release(StepCommand command) {
      script.enter(ActivityTypes.RELEASE_STOCK, command.idempotencyKey());
    }

    @Override
    public void commit(StepCommand command) {
      script.enter(ActivityTypes.COMMIT_STOCK, command.idempotencyKey());
    }

    @Override
    public void restock(StepCommand command) {
      script.enter(ActivityTypes.RESTOCK, command.idempotencyKey());
    }
  }

  record Payments(StepScript script) implements PaymentActivities {
    @Override
    public PaymentRequested request(PaymentCommand command) {
      script.enter(ActivityTypes.REQUEST_PAYMENT, command.idempotencyKey());
      return new PaymentRequested("pay-" + command.orderId());
    }

    @Override
    public void refund(StepCommand command) {
      script.enter(ActivityTypes.REFUND_PAYMENT, command.idempotencyKey());
    }
  }

  /** The long poll answers PENDING with a retryable failure, so retries (time-skipped) poll. */
  record PaymentStatus(StepScript script) implements PaymentStatusActivities {
    @Override
    public PaymentSnapshot await(PaymentQuery query) {
      script.enter(ActivityTypes.AWAIT_PAYMENT, null);
      PaymentState state = script.pollResult();
      if (!state.isSettled()) {
        throw ApplicationFailure.newFailure("payment still pending", "PaymentPending");
      }
      return new PaymentSnapshot(query.paymentId(), state, reasonFor(state));
    }

    @Override
    public PaymentSnapshot check(PaymentQuery query) {
      script.enter(ActivityTypes.CHECK_PAYMENT, null);
      PaymentState state = script.checkResult();
      return new PaymentSnapshot(query.paymentId(), state, reasonFor(state));
    }

    private static String reasonFor(PaymentState state) {
      return state == PaymentState.DECLINED ? "card declined" : null;
    }
  }

  record Shipping(StepScript script) implements ShippingActivities {
    @Override
    public ShipmentCreated create(ShipmentCommand command) {
      script.enter(ActivityTypes.CREATE_SHIPMENT, command.idempotencyKey());
      return new ShipmentCreated("shp-" + command.orderId());
    }

    @Override
    public void cancel(StepCommand command) {
      script.enter(ActivityTypes.CANCEL_SHIPMENT, command.idempotencyKey());
    }
  }

  record Notifications(StepScript script) implements NotificationActivities {
    @Override
    public void notifyMerchant(MerchantNotice notice) {
      script.enter(ActivityTypes.NOTIFY_MERCHANT, notice.idempotencyKey());
    }
  }
}
