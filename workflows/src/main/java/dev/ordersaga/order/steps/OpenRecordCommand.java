package dev.ordersaga.order.steps;

import dev.ordersaga.order.OrderRequest;

/** Open the order record of {@code order}. */
public record OpenRecordCommand(OrderRequest order, String idempotencyKey) {}
