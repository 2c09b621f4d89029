package dev.ordersaga.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Reads what really happened downstream from the sandbox's {@code GET /admin/state}. */
record Downstream(JsonNode state) {
  /** The effects of the forward steps, as {@code GET /admin/state} names them, in flow order. */
  static final List<String> FORWARD_EFFECTS =
      List.of(
          "record.open",
          "stock.reserve",
          "risk.assess",
          "payment.charge",
          "stock.commit",
          "shipment.create",
          "merchant.notify",
          "record.complete");

  /** What a completed order had done exactly once: its goods and money, and its fraud check. */
  static final List<String> COMPLETED_ONCE =
      List.of("stock.reserve", "stock.commit", "payment.charge", "shipment.create", "risk.assess");

  /** The effects of the undos, as {@code GET /admin/state} names them. */
  static final List<String> UNDO_EFFECTS =
      List.of(
          "record.cancel", "stock.release", "stock.restock", "payment.refund", "shipment.cancel");

  /** How many times {@code effect} (e.g. {@code payment.charge}) really happened for an order. */
  long effects(String orderId, String effect) {
    return state.path("effects").path(orderId).path(effect).asLong(0);
  }

  /**
   * Asserts that each of {@code effects} happened exactly once for the order, naming the one that
   * did not.
   */
  void assertEachOnce(String orderId, List<String> effects) {
    for (String effect : effects) {
      assertThat(effects(orderId, effect)).as(effect).isEqualTo(1);
    }
  }

  /** Asserts that none of {@code effects} happened for the order, naming the one that did. */
  void assertNone(String orderId, List<String> effects) {
    for (String effect : effects) {
      assertThat(effects(orderId, effect)).as(effect).isZero();
    }
  }

  /** The provider's status of the order's payment, or null when it has none. */
  String paymentStatus(String orderId) {
    return payment(orderId, "status");
  }

  /** The provider's id of the order's payment, or null when it has none. */
  String paymentId(String orderId) {
    return payment(orderId, "paymentId");
  }

  private String payment(String orderId, String field) {
    for (JsonNode payment : state.path("payments")) {
      if (orderId.equals(payment.path("orderId").asText())) {
        return payment.path(field).asText();
      }
    }
    return null;
  }

  /** Available, reserved or sold units of a SKU. */
  long stock(String sku, String column) {
    return state.path("inventory").path(sku).path(column).asLong(-1);
  }
}
