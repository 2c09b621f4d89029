package dev.ordersaga.api.orders;

import dev.ordersaga.order.OrderStatus;
import java.util.Optional;

/**
 * Which orders to list. Values are already validated: {@code customerId} holds only characters that
 * are safe inside a visibility query literal.
 *
 * @param pageToken the opaque token of a previous page, or empty for the first
 */
public record OrderFilter(
    Optional<OrderStatus> status,
    Optional<String> customerId,
    int limit,
    Optional<String> pageToken) {}
