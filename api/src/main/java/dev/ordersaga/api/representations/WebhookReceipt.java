package dev.ordersaga.api.representations;

/**
 * The answer to a verified payment callback.
 *
 * @param signalled false when there is no running order to tell (unknown or already over)
 */
public record WebhookReceipt(String eventId, String orderId, boolean signalled) {}
