package dev.ordersaga.api.attention;

import dev.ordersaga.api.orders.OrderSummary;
import dev.ordersaga.order.OrderLedger;
import dev.ordersaga.order.OrderStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the {@link AttentionBoard} asks of Temporal: visibility queries (never a scan of histories),
 * and per candidate order one status query or one describe. Every call is bounded by a deadline and
 * throws {@code ApiProblem.temporalUnavailable} when Temporal cannot be reached in time.
 */
public interface AttentionSource {

  /**
   * At most {@code limit} running orders whose {@code OrderStatus} is one of {@code statuses},
   * started before {@code startedBefore} when it is not null.
   */
  Candidates running(Set<OrderStatus> statuses, Instant startedBefore, int limit);

  /** How many running orders show {@code status} in their {@code OrderStatus}. */
  long countRunning(OrderStatus status);

  /** The order's ledger from its status query; empty when no worker answers in time. */
  Optional<OrderLedger> ledger(OrderSummary order);

  /** The order's activities that have not finished (empty when none, or when it is gone). */
  List<PendingStep> pendingSteps(OrderSummary order);
}
