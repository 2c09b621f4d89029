package dev.ordersaga.api.orders;

import java.time.Instant;

/**
 * One order as visibility shows it: its search attributes and memo, not its ledger.
 *
 * @param status the {@code OrderStatus} search attribute, or null if never set
 * @param total the exact total kept in the memo, e.g. {@code "44.98"}, or null
 * @param execution the workflow execution status, e.g. {@code RUNNING}, {@code COMPLETED}
 * @param closedAt null while the workflow runs
 */
public record OrderSummary(
    String orderId,
    String status,
    String customerId,
    String total,
    String currency,
    String execution,
    Instant startedAt,
    Instant closedAt) {}
