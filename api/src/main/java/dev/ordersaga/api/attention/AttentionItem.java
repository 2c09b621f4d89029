package dev.ordersaga.api.attention;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;

/**
 * One order that needs a person, and the single command that repairs it once its cause is fixed.
 *
 * @param status the order's status as its ledger (or, unanswered, visibility) shows it
 * @param amount the order total, exact; null when visibility does not know it
 * @param since when the order came to need a person, as near as Temporal tells: when it parked, or
 *     when the stuck step or the payment wait began; the order's start when nothing nearer is known
 * @param repair one shell command, filled in for this order
 */
public record AttentionItem(
    String orderId,
    String workflowId,
    AttentionKind kind,
    String status,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
    String currency,
    Instant since,
    String reason,
    String repair) {

  /**
   * Largest amount first (amounts compared as numbers, whatever their currency), then the oldest;
   * an unknown amount last.
   */
  public static final Comparator<AttentionItem> MONEY_FIRST =
      Comparator.comparing(
              AttentionItem::amount, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
          .thenComparing(AttentionItem::since, Comparator.nullsLast(Comparator.naturalOrder()));
}
