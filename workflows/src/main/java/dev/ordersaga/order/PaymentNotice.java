package dev.ordersaga.order;

/**
 * The argument of the {@code paymentNotified} signal: a (verified) provider callback. It only
 * hurries the payment check; the status the workflow acts on always comes from the provider.
 *
 * @param eventId the provider's event id, for logs and deduplication
 */
public record PaymentNotice(String paymentId, String eventId) {}
