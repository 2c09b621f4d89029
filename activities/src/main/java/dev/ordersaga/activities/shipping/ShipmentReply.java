package dev.ordersaga.activities.shipping;

/** The answer of {@code POST /shipments}. */
record ShipmentReply(String shipmentId, String orderId, String state) {}
