package dev.ordersaga.e2e;

import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.samples.SampleOrders;
import java.util.UUID;

/** Orders the end-to-end tests place: 2 × SKU-1 at 19.99, paid with {@code token}. */
final class Orders {
  private Orders() {}

  static OrderRequest paidWith(String token) {
    return forCustomer("c-e2e", token);
  }

  /** The same order placed by {@code customerId}, so a visibility query can single it out. */
  static OrderRequest forCustomer(String customerId, String token) {
    return of(customerId, "SKU-1", token);
  }

  /** 2 × {@code sku} at 19.99 for {@code customerId}, paid with {@code token}. */
  static OrderRequest of(String customerId, String sku, String token) {
    return of(customerId, sku, 2, token);
  }

  /** 1 × {@code sku} at 19.99 for {@code customerId}, as the books ({@link ChaosBooks}) count. */
  static OrderRequest oneOf(String customerId, String sku, String token) {
    return of(customerId, sku, 1, token);
  }

  /** {@code quantity} × {@code sku} at 19.99 for {@code customerId}, paid with {@code token}. */
  static OrderRequest of(String customerId, String sku, int quantity, String token) {
    return SampleOrders.single(
        "e2e-" + UUID.randomUUID().toString().substring(0, 8), customerId, sku, quantity, token);
  }

  /**
   * A customer id of its own for a test named {@code name}: {@code c-NAME-} and six random
   * characters.
   */
  static String customer(String name) {
    return "c-" + name + "-" + suffix();
  }

  /** A SKU of its own, {@code PREFIX-} and six random upper-case characters, with no stock yet. */
  static String sku(String prefix) {
    return prefix + "-" + suffix().toUpperCase();
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 6);
  }

  /** The same order as the REST API's JSON body. */
  static String json(String token) {
    return SampleOrders.json(of("c-e2e-api", "SKU-1", token));
  }
}
