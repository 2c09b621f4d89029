package dev.ordersaga.api.orders;

import dev.ordersaga.order.LineItem;
import dev.ordersaga.order.OrderRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Order ids and request fingerprints, so idempotency comes from Temporal's duplicate-start
 * rejection rather than a table: a caller's {@code Idempotency-Key} always maps to the same order
 * id, and the fingerprint kept in the workflow's memo tells a replay from a reuse with another
 * body.
 */
public final class Fingerprints {
  private static final char SEPARATOR = '\u001f';

  private Fingerprints() {}

  /** A fresh order id for a submit without an {@code Idempotency-Key}. */
  public static String newOrderId() {
    return UUID.randomUUID().toString();
  }

  /**
   * The order id of a caller's {@code Idempotency-Key}: {@code k-} and 40 hex digits of the SHA-256
   * of both, so two callers' keys never name the same order.
   *
   * @param caller the authenticated client's name
   */
  public static String orderIdFor(String caller, String idempotencyKey) {
    return "k-" + sha256(caller + SEPARATOR + idempotencyKey).substring(0, 40);
  }

  /**
   * The SHA-256 of the order's content, its id excluded. Prices compare by value, so {@code "5"}
   * and {@code 5.00} are the same request.
   */
  public static String of(OrderRequest order) {
    StringBuilder canonical = new StringBuilder();
    append(canonical, order.customerId(), order.currency());
    for (LineItem item : order.items()) {
      append(
          canonical,
          item.sku(),
          Integer.toString(item.quantity()),
          item.unitPrice().stripTrailingZeros().toPlainString());
    }
    append(canonical, order.payment().method(), order.payment().token());
    var address = order.shippingAddress();
    append(
        canonical,
        address.name(),
        address.line1(),
        address.city(),
        address.postalCode(),
        address.country());
    return sha256(canonical.toString());
  }

  private static void append(StringBuilder canonical, String... fields) {
    for (String field : fields) {
      canonical.append(field).append(SEPARATOR);
    }
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
