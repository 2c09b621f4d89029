package dev.ordersaga.api.representations;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer to a verified payment callback.
 *
 * @param signalled false when there is no running order to tell (unknown or already over)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookReceipt(String eventId, String orderId, boolean signalled) {}
