package dev.ordersaga.api.orders;

/**
 * The outcome of a submit.
 *
 * @param started false when an identical order already existed and nothing was started
 */
public record Submission(String orderId, boolean started) {}
