package dev.ordersaga.activities.notifications;

import dev.ordersaga.order.steps.MerchantNotice;

/** The body of {@code POST /notifications/merchant}; money as a decimal string. */
record MerchantNoticeBody(
    String orderId, String customerId, String total, String currency, String shipmentId) {

  static MerchantNoticeBody of(MerchantNotice notice) {
    return new MerchantNoticeBody(
        notice.orderId(),
        notice.customerId(),
        notice.total().toPlainString(),
        notice.currency(),
        notice.shipmentId());
  }
}
