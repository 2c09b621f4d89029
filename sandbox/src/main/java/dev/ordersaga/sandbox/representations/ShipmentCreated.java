package dev.ordersaga.sandbox.representations;

/**
 * The answer of {@code POST /shipments}.
 *
 * @param state {@code CREATED}, or {@code CANCELLED} when the order's shipment was cancelled
 */
public record ShipmentCreated(String shipmentId, String orderId, String state) {}
