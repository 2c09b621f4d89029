package dev.ordersaga.api.attention;

import dev.ordersaga.api.orders.OrderSummary;
import dev.ordersaga.order.OrderLedger;
import dev.ordersaga.order.OrderStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An {@link AttentionSource} with no orders: tests override what they need. */
public class EmptySource implements AttentionSource {
  @Override
  public Candidates running(Set<OrderStatus> statuses, Instant startedBefore, int limit) {
    return new Candidates(List.of(), false);
  }

  @Override
  public long countRunning(OrderStatus status) {
    return 0;
  }

  @Override
  public Optional<OrderLedger> ledger(OrderSummary order) {
    return Optional.empty();
  }

  @Override
  public List<PendingStep> pendingSteps(OrderSummary order) {
    return List.of();
  }
}
