package dev.ordersaga.activities.notifications;

import dev.ordersaga.activities.http.DownstreamHttp;
import dev.ordersaga.order.steps.MerchantNotice;
import dev.ordersaga.order.steps.NotificationActivities;

/**
 * {@link NotificationActivities} over {@code /notifications}, with the notice's {@code
 * Idempotency-Key} so a retry never tells the merchant twice.
 */
public record NotificationsClient(DownstreamHttp http) implements NotificationActivities {
  /** {@code POST /notifications/merchant}; 202 SENT. */
  @Override
  public void notifyMerchant(MerchantNotice notice) {
    http.changeState(
        notice.idempotencyKey(), MerchantNoticeBody.of(notice), "notifications", "merchant");
  }
}
