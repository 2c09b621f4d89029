package dev.ordersaga.api.representations;

/** The body of {@code POST /orders/{id}/cancel}: a JSON object, {@code {}} when no reason. */
public record CancelOrder(@Text(max = 500, blankAllowed = true) String reason) {}
