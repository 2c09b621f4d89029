package dev.ordersaga.api.representations;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ordersaga.api.orders.OrderSummary;
import dev.ordersaga.order.OrderLedger;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET /orders/{id}}: the ledger, or, when {@code stale} is true, what visibility knew (the
 * status may be behind and there are no steps).
 *
 * @param finished whether the order has reached its outcome (COMPLETED, CANCELLED or FAILED)
 * @param execution the workflow execution status; only on stale views
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderView(
    String orderId,
    String customerId,
    String status,
    String statusReason,
    boolean finished,
    String total,
    String currency,
    Payment payment,
    String shipmentId,
    Boolean merchantNotified,
    List<StepView> steps,
    Instant createdAt,
    Instant updatedAt,
    boolean stale,
    String execution) {

  /** What is known of the payment. */
  public record Payment(String paymentId) {}

  public static OrderView of(OrderLedger ledger) {
    return new OrderView(
        ledger.orderId(),
        ledger.customerId(),
        ledger.status().name(),
        ledger.statusReason(),
        ledger.status().isTerminal(),
        ledger.total().toPlainString(),
        ledger.currency(),
        ledger.paymentId() == null ? null : new Payment(ledger.paymentId()),
        ledger.shipmentId(),
        ledger.merchantNotified(),
        ledger.steps().stream().map(StepView::of).toList(),
        ledger.createdAt(),
        ledger.updatedAt(),
        false,
        null);
  }

  public static OrderView stale(OrderSummary summary) {
    return fromSummary(summary, null, summary.closedAt() != null, true);
  }

  /**
   * A run that ended outside the saga (terminated, timed out, reset): finished, read from its close
   * event, with {@code reason} saying what stopped it.
   */
  public static OrderView ended(OrderSummary summary, String reason) {
    return fromSummary(summary, reason, true, false);
  }

  private static OrderView fromSummary(
      OrderSummary summary, String reason, boolean finished, boolean stale) {
    return new OrderView(
        summary.orderId(),
        summary.customerId(),
        summary.status(),
        reason,
        finished,
        summary.total(),
        summary.currency(),
        null,
        null,
        null,
        null,
        summary.startedAt(),
        summary.closedAt(),
        stale,
        summary.execution());
  }
}
