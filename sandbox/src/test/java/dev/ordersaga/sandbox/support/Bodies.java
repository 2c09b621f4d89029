package dev.ordersaga.sandbox.support;

/** Request bodies of the sandbox API, as JSON text. */
public final class Bodies {
  private Bodies() {}

  /** An order record of two {@code SKU-1} at 22.49: total 44.98. */
  public static String openRecord(String customerId) {
    return """
        {"customerId":"%s","currency":"USD","total":"44.98",
         "items":[{"sku":"SKU-1","quantity":2,"unitPrice":"22.49"}]}"""
        .formatted(customerId);
  }

  /** A reservation of {@code quantity} units of {@code sku}. */
  public static String reservation(String orderId, String sku, int quantity) {
    return """
        {"orderId":"%s","lines":[{"sku":"%s","quantity":%d}]}"""
        .formatted(orderId, sku, quantity);
  }

  /** A charge of 44.98 USD with {@code token}. */
  public static String charge(String orderId, String token) {
    return """
        {"orderId":"%s","amount":"44.98","currency":"USD","token":"%s"}"""
        .formatted(orderId, token);
  }

  /** A shipment of one {@code SKU-1} to {@code postalCode}. */
  public static String shipment(String orderId, String postalCode) {
    return """
        {"orderId":"%s","address":{"name":"Ada","line1":"1 Main St","city":"Springfield",
         "postalCode":"%s","country":"US"},"lines":[{"sku":"SKU-1","quantity":1}]}"""
        .formatted(orderId, postalCode);
  }

  /** A merchant notice of a 44.98 USD order. */
  public static String merchantNotice(String orderId) {
    return """
        {"orderId":"%s","customerId":"c-1","total":"44.98","currency":"USD","shipmentId":"shp_1"}"""
        .formatted(orderId);
  }

  /** A risk assessment of an order of {@code total} USD by {@code customerId}. */
  public static String riskAssessment(String orderId, String customerId, String total) {
    return """
        {"orderId":"%s","customerId":"%s","total":"%s","currency":"USD",
         "addressHash":"%s"}"""
        .formatted(orderId, customerId, total, ADDRESS_HASH);
  }

  /** A well-formed address hash: 64 lower-case hex digits. */
  public static final String ADDRESS_HASH = "0123456789abcdef".repeat(4);
}
