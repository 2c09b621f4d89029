package dev.ordersaga.sandbox.representations;

import java.util.List;
import java.util.Map;

/**
 * The answer of {@code GET /admin/state}: what really happened downstream.
 *
 * @param inventory every SKU's counts, by SKU
 * @param payments every payment, oldest first
 * @param shipments every shipment, oldest first
 * @param notifications every merchant notice sent, oldest first
 * @param orders every order record's state
 * @param replays per system, how many requests were answered from the idempotency store
 * @param effects per order, how many times each effect really happened (replays not counted); every
 *     known effect is listed, zero included
 */
public record AdminState(
    Map<String, StockCounts> inventory,
    List<PaymentSummary> payments,
    List<ShipmentSummary> shipments,
    List<MerchantNotice> notifications,
    List<OrderState> orders,
    Map<String, Long> replays,
    Map<String, Map<String, Long>> effects) {}
