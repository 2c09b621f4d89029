package dev.ordersaga.order.steps;

/** The carrier's id of the created shipment. */
public record ShipmentCreated(String shipmentId) {}
