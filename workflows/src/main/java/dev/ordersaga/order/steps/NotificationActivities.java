package dev.ordersaga.order.steps;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/**
 * Merchant messages, on the {@code notifications} queue. Best effort: a failure after retries is
 * recorded in the ledger and never rolls an order back.
 */
@ActivityInterface
public interface NotificationActivities {

  /** Tells the merchant the order shipped. Key {@code {orderId}:notify-merchant}. */
  @ActivityMethod(name = ActivityTypes.NOTIFY_MERCHANT)
  void notifyMerchant(MerchantNotice notice);
}
