package dev.ordersaga.sandbox.representations;

/** The units of one SKU, keyed by SKU in {@link AdminState}. */
public record StockCounts(long available, long reserved, long sold) {}
