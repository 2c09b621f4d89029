package dev.ordersaga.order;

/** The argument of the {@code cancel} Update. */
public record CancelRequest(String reason) {
  public CancelRequest {
    if (reason == null || reason.isBlank()) {
      reason = "cancelled by the customer";
    }
    if (reason.length() > 500) {
      throw new IllegalArgumentException("reason must be at most 500 characters");
    }
  }
}
