package dev.ordersaga.order.steps;

/**
 * A call about one order that needs nothing but the order and its key: commits, completions and
 * every undo (undos find what to undo by order id, so they work even when the step's result was
 * never seen).
 *
 * @param idempotencyKey {@code {orderId}:{step}} or {@code {orderId}:{step}:undo}
 */
public record StepCommand(String orderId, String idempotencyKey) {}
