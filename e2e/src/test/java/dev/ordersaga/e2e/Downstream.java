package dev.ordersaga.e2e;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads what really happened downstream from the sandbox's {@code GET /admin/state}. */
record Downstream(JsonNode state) {

  /** How many times {@code effect} (e.g. {@code payment.charge}) really happened for an order. */
  long effects(String orderId, String effect) {
    return state.path("effects").path(orderId).path(effect).asLong(0);
  }

  /** The provider's status of the order's payment, or null when it has none. */
  String paymentStatus(String orderId) {
    for (JsonNode payment : state.path("payments")) {
      if (orderId.equals(payment.path("orderId").asText())) {
        return payment.path("status").asText();
      }
    }
    return null;
  }

  /** The provider's id of the order's payment, or null when it has none. */
  String paymentId(String orderId) {
    for (JsonNode payment : state.path("payments")) {
      if (orderId.equals(payment.path("orderId").asText())) {
        return payment.path("paymentId").asText();
      }
    }
    return null;
  }

  /** Available, reserved or sold units of a SKU. */
  long stock(String sku, String column) {
    return state.path("inventory").path(sku).path(column).asLong(-1);
  }
}
