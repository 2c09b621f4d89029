package dev.ordersaga.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The saga ledger: what {@link OrderWorkflow#status()} answers and what the workflow returns.
 *
 * @param statusReason why the order is where it is (failure, cancel reason), or null
 * @param paymentId the provider's payment id once requested, or null
 * @param shipmentId the carrier's shipment id once created, or null
 * @param merchantNotified whether the best-effort merchant notification went through
 * @param steps one entry per {@link Step}, in flow order
 */
public record OrderLedger(
    String orderId,
    String customerId,
    OrderStatus status,
    String statusReason,
    BigDecimal total,
    String currency,
    String paymentId,
    String shipmentId,
    boolean merchantNotified,
    List<StepEntry> steps,
    Instant createdAt,
    Instant updatedAt) {

  public OrderLedger {
    steps = List.copyOf(steps);
  }

  /** The entry of one step. */
  public StepEntry step(Step step) {
    return steps.get(step.ordinal());
  }
}
