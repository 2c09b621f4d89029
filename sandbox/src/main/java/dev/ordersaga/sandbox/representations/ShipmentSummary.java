package dev.ordersaga.sandbox.representations;

/**
 * A shipment as {@code GET /admin/state} lists it.
 *
 * @param status {@code CREATED}, or {@code CANCELLED} when undone
 */
public record ShipmentSummary(String shipmentId, String orderId, String status) {}
