package dev.ordersaga.sandbox.representations;

/** The units of one SKU; {@code available + reserved + sold} only changes by admin restocking. */
public record StockLevel(String sku, long available, long reserved, long sold) {
  /** The same counts without the SKU, as {@code GET /admin/state} lists them. */
  public StockCounts counts() {
    return new StockCounts(available, reserved, sold);
  }
}
