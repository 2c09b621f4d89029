package dev.ordersaga.order.steps;

/** Units of one SKU to reserve or ship. */
public record StockLine(String sku, int quantity) {}
