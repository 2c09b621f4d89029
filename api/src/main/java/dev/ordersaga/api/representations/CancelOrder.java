package dev.ordersaga.api.representations;

import jakarta.validation.constraints.Size;

/** The optional body of {@code POST /orders/{id}/cancel}. */
public record CancelOrder(@Size(max = 500) String reason) {}
