package dev.ordersaga.sandbox.representations;

/** The shapes of identifiers accepted on the wire. */
public final class Ids {
  /** An order id: 1-64 letters, digits, '-' or '_', starting with a letter or digit. */
  public static final String ORDER_ID = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";

  /** An ISO 4217 currency code. */
  public static final String CURRENCY = "[A-Z]{3}";

  /** A SHA-256 digest: 64 lower-case hex digits. */
  public static final String SHA256_HEX = "[0-9a-f]{64}";

  /** The longest SKU, customer id or other free-form identifier. */
  public static final int MAX_ID_LENGTH = 64;

  /** The most units on one line. */
  public static final int MAX_QUANTITY = 10_000;

  /** The most lines in one order, reservation or shipment. */
  public static final int MAX_LINES = 100;

  private Ids() {}
}
