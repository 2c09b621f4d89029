package dev.ordersaga.activities.notifications;

import dev.ordersaga.activities.http.DownstreamHttp;
import dev.ordersaga.activities.http.StateReply;
import dev.ordersaga.order.steps.MerchantNotice;
import dev.ordersaga.order.steps.NotificationActivities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link NotificationActivities} over {@code /notifications}, with the notice's {@code
 * Idempotency-Key} so a retry never tells the merchant twice.
 */
public final class NotificationsClient implements NotificationActivities {
  private static final Logger log = LoggerFactory.getLogger(NotificationsClient.class);

  private final DownstreamHttp http;

  public NotificationsClient(DownstreamHttp http) {
    this.http = http;
  }

  /** {@code POST /notifications/merchant}; 202 SENT. */
  @Override
  public void notifyMerchant(MerchantNotice notice) {
    StateReply reply =
        http.post(
            http.url("notifications", "merchant"),
            notice.idempotencyKey(),
            MerchantNoticeBody.of(notice),
            StateReply.class);
    log.info("merchant notified (state {})", reply.state());
  }
}
