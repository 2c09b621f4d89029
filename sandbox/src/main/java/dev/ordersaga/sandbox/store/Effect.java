package dev.ordersaga.sandbox.store;

/** The effects counted per order by {@code GET /admin/state}. */
public enum Effect {
  RECORD_OPEN("record.open"),
  RECORD_COMPLETE("record.complete"),
  RECORD_CANCEL("record.cancel"),
  STOCK_RESERVE("stock.reserve"),
  STOCK_RELEASE("stock.release"),
  STOCK_COMMIT("stock.commit"),
  STOCK_RESTOCK("stock.restock"),
  PAYMENT_CHARGE("payment.charge"),
  PAYMENT_REFUND("payment.refund"),
  PAYMENT_SETTLE("payment.settle"),
  SHIPMENT_CREATE("shipment.create"),
  SHIPMENT_CANCEL("shipment.cancel"),
  MERCHANT_NOTIFY("merchant.notify"),
  RISK_ASSESS("risk.assess");

  private final String wireName;

  Effect(String wireName) {
    this.wireName = wireName;
  }

  /** The name in {@code GET /admin/state}, e.g. {@code stock.reserve}. */
  public String wireName() {
    return wireName;
  }
}
