package dev.ordersaga.order.steps;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ordersaga.order.LineItem;
import dev.ordersaga.order.OrderRequest;
import java.math.BigDecimal;
import java.util.List;

/**
 * Open the record of an order: what the record system keeps and nothing more, so neither the
 * shipping address nor the payment token enters this step's input.
 */
public record OpenRecordCommand(
    String orderId,
    String customerId,
    String currency,
    List<LineItem> items,
    String idempotencyKey) {
  public OpenRecordCommand {
    items = List.copyOf(items);
  }

  /** The record of {@code order}, opened under {@code idempotencyKey}. */
  public static OpenRecordCommand of(OrderRequest order, String idempotencyKey) {
    return new OpenRecordCommand(
        order.orderId(), order.customerId(), order.currency(), order.items(), idempotencyKey);
  }

  /**
   * Reads this command as written now, or as written before it left the address and token out
   * ({@code {"order":{...},"idempotencyKey":...}}), so activities scheduled before the change still
   * run.
   */
  @JsonCreator
  static OpenRecordCommand read(
      @JsonProperty("orderId") String orderId,
      @JsonProperty("customerId") String customerId,
      @JsonProperty("currency") String currency,
      @JsonProperty("items") List<LineItem> items,
      @JsonProperty("idempotencyKey") String idempotencyKey,
      @JsonProperty("order") OrderRequest formerOrder) {
    return formerOrder == null
        ? new OpenRecordCommand(orderId, customerId, currency, items, idempotencyKey)
        : of(formerOrder, idempotencyKey);
  }

  /** The sum of the line totals. */
  public BigDecimal total() {
    return items.stream().map(LineItem::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
