package dev.ordersaga.api.attention;

import java.time.Instant;
import java.util.List;

/**
 * The orders that need a person, money first ({@link AttentionItem#MONEY_FIRST}).
 *
 * @param truncated the kinds whose candidates were more than the limit: more such orders may exist
 *     than are listed
 * @param skipped the kinds not looked for, each with why (e.g. no payment provider configured)
 */
public record AttentionList(
    Instant at, List<AttentionItem> orders, List<AttentionKind> truncated, List<String> skipped) {

  public AttentionList {
    orders = List.copyOf(orders);
    truncated = List.copyOf(truncated);
    skipped = List.copyOf(skipped);
  }
}
