package dev.ordersaga.order.steps;

/**
 * Activity type names, {@code Area.method}: the keys of step policies and of the Web UI. Which step
 * each belongs to, and the lists of them, come from the step registry ({@code Step}).
 */
public final class ActivityTypes {
  public static final String OPEN_RECORD = "OrderRecords.open";
  public static final String COMPLETE_RECORD = "OrderRecords.complete";
  public static final String CANCEL_RECORD = "OrderRecords.cancel";
  public static final String RESERVE_STOCK = "Inventory.reserve";
  public static final String RELEASE_STOCK = "Inventory.release";
  public static final String COMMIT_STOCK = "Inventory.commit";
  public static final String RESTOCK = "Inventory.restock";
  public static final String ASSESS_RISK = "Risk.assess";
  public static final String REQUEST_PAYMENT = "Payments.request";
  public static final String REFUND_PAYMENT = "Payments.refund";
  public static final String AWAIT_PAYMENT = "PaymentStatus.await";
  public static final String CHECK_PAYMENT = "PaymentStatus.check";
  public static final String CREATE_SHIPMENT = "Shipping.create";
  public static final String CANCEL_SHIPMENT = "Shipping.cancel";
  public static final String FIND_SHIPMENT = "Shipping.find";
  public static final String NOTIFY_MERCHANT = "Notifications.notifyMerchant";

  private ActivityTypes() {}
}
