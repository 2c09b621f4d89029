package dev.ordersaga.api.attention;

import dev.ordersaga.api.orders.OrderSummary;
import dev.ordersaga.order.OrderIds;
import dev.ordersaga.order.OrderLedger;
import dev.ordersaga.order.OrderStatus;
import dev.ordersaga.order.Step;
import dev.ordersaga.order.StepState;
import dev.ordersaga.order.steps.ActivityTypes;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The money-at-risk view: every order that needs a person, largest amount first, each with the
 * command that repairs it. Each kind is found by one bounded visibility query and at most {@code
 * limit} per-order calls (a status query, a describe, or a read at the payment provider), {@value
 * #AT_ONCE} at a time, so it answers in seconds whatever the number of running orders, and says
 * which kinds it cut short. Without a workflow worker it costs one query deadline ({@link
 * StatusQueries}).
 */
public final class AttentionBoard {
  static final Set<OrderStatus> PARKED =
      EnumSet.of(
          OrderStatus.NEEDS_ATTENTION, OrderStatus.COMPENSATION_FAILED, OrderStatus.IN_REVIEW);

  /** Where a step runs and may keep failing (AWAITING_PAYMENT waits on the provider instead). */
  static final Set<OrderStatus> MOVING =
      EnumSet.of(OrderStatus.PENDING, OrderStatus.PAID, OrderStatus.COMPENSATING);

  /** How many per-order reads run at once. */
  static final int AT_ONCE = 16;

  private final AttentionSource source;
  private final Optional<PaymentProvider> provider;
  private final int attemptsWithoutProgress;
  private final Duration stuckAfter;
  private final Duration paidWaitingAfter;
  private final Clock clock;

  /**
   * @param provider the payment provider, or empty: paid orders still waiting are then skipped
   * @param attemptsWithoutProgress a failing step past this attempt is making no progress
   * @param stuckAfter orders younger than this are not looked at for steps making no progress
   * @param paidWaitingAfter AWAITING_PAYMENT orders younger than this are not asked about
   */
  public AttentionBoard(
      AttentionSource source,
      Optional<PaymentProvider> provider,
      int attemptsWithoutProgress,
      Duration stuckAfter,
      Duration paidWaitingAfter,
      Clock clock) {
    this.source = source;
    this.provider = provider;
    this.attemptsWithoutProgress = attemptsWithoutProgress;
    this.stuckAfter = stuckAfter;
    this.paidWaitingAfter = paidWaitingAfter;
    this.clock = clock;
  }

  /** The orders of {@code kinds} that need a person, looking at most {@code limit} per query. */
  public AttentionList board(Set<AttentionKind> kinds, int limit) {
    Instant now = clock.instant();
    List<AttentionItem> items = new ArrayList<>();
    Set<AttentionKind> truncated = EnumSet.noneOf(AttentionKind.class);
    List<String> skipped = new ArrayList<>();
    StatusQueries queries = new StatusQueries(source);
    if (kinds.contains(AttentionKind.PARKED) || kinds.contains(AttentionKind.REFUND_FAILING)) {
      Candidates parked = source.running(PARKED, null, limit);
      items.addAll(eachOf(parked, order -> parked(order, queries)));
      markIf(parked, truncated, AttentionKind.PARKED, AttentionKind.REFUND_FAILING);
    }
    if (kinds.contains(AttentionKind.NO_PROGRESS) || kinds.contains(AttentionKind.REFUND_FAILING)) {
      Candidates moving = source.running(MOVING, now.minus(stuckAfter), limit);
      items.addAll(eachOf(moving, order -> stuck(order, queries)));
      markIf(moving, truncated, AttentionKind.NO_PROGRESS, AttentionKind.REFUND_FAILING);
    }
    if (kinds.contains(AttentionKind.PAID_WAITING)) {
      if (provider.isPresent()) {
        Candidates waiting =
            source.running(
                EnumSet.of(OrderStatus.AWAITING_PAYMENT), now.minus(paidWaitingAfter), limit);
        items.addAll(eachOf(waiting, order -> paidWaiting(order, provider.get(), queries)));
        markIf(waiting, truncated, AttentionKind.PAID_WAITING);
      } else {
        skipped.add(AttentionKind.PAID_WAITING + ": no payment provider configured (paymentsUrl)");
      }
    }
    if (queries.anyUnanswered()) {
      skipped.add(
          "status queries: no worker answered one, so reasons, and paid orders still waiting, may"
              + " be missing (the orders worker is down or slow)");
    }
    truncated.retainAll(kinds);
    return new AttentionList(
        now,
        items.stream()
            .filter(item -> kinds.contains(item.kind()))
            .sorted(AttentionItem.MONEY_FIRST)
            .toList(),
        List.copyOf(truncated),
        skipped);
  }

  /**
   * {@code read} of every candidate, {@value #AT_ONCE} at a time on virtual threads, so that a
   * status query that waits out its deadline (no worker) holds up only its own row.
   *
   * @throws RuntimeException the first failure of a read, as it was thrown
   */
  private static List<AttentionItem> eachOf(
      Candidates candidates, Function<OrderSummary, Optional<AttentionItem>> read) {
    Semaphore slots = new Semaphore(AT_ONCE);
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Optional<AttentionItem>>> rows = new ArrayList<>();
      for (OrderSummary order : candidates.orders()) {
        rows.add(threads.submit(() -> inSlot(slots, () -> read.apply(order))));
      }
      List<AttentionItem> items = new ArrayList<>();
      for (Future<Optional<AttentionItem>> row : rows) {
        rowOf(row).ifPresent(items::add);
      }
      return items;
    }
  }

  private static <T> T inSlot(Semaphore slots, Supplier<T> read) throws InterruptedException {
    slots.acquire();
    try {
      return read.get();
    } finally {
      slots.release();
    }
  }

  private static Optional<AttentionItem> rowOf(Future<Optional<AttentionItem>> row) {
    try {
      return row.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while listing the orders that need a person", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException failure
          ? failure
          : new IllegalStateException(e.getCause());
    }
  }

  private static void markIf(
      Candidates candidates, Set<AttentionKind> truncated, AttentionKind... kinds) {
    if (candidates.truncated()) {
      truncated.addAll(List.of(kinds));
    }
  }

  /**
   * A parked order with the reason on its ledger; one that could not refund what it charged is
   * REFUND_FAILING; none when the order has moved on since it was listed.
   */
  private Optional<AttentionItem> parked(OrderSummary order, StatusQueries queries) {
    Optional<OrderLedger> ledger = queries.ledger(order);
    OrderStatus status =
        ledger.map(OrderLedger::status).orElse(OrderStatus.valueOf(order.status()));
    if (!PARKED.contains(status)) {
      return Optional.empty();
    }
    boolean refundFailed =
        ledger
            .map(l -> l.step(Step.REQUEST_PAYMENT).state() == StepState.COMPENSATION_FAILED)
            .orElse(false);
    return Optional.of(
        item(
            order,
            ledger,
            refundFailed ? AttentionKind.REFUND_FAILING : AttentionKind.PARKED,
            status.name(),
            ledger.map(OrderLedger::updatedAt).orElse(order.startedAt()),
            ledger
                .map(OrderLedger::statusReason)
                .orElse("no worker answered the status query: see GET /orders/" + order.orderId()),
            RepairCommands.parked(order.orderId(), status)));
  }

  /**
   * A moving order whose refund is being retried, or whose step keeps failing past {@link
   * #attemptsWithoutProgress}.
   */
  private Optional<AttentionItem> stuck(OrderSummary order, StatusQueries queries) {
    for (PendingStep step : source.pendingSteps(order)) {
      boolean refund = step.activityType().equals(ActivityTypes.REFUND_PAYMENT);
      if (refund ? step.attempt() > 1 : failingPast(step)) {
        return Optional.of(
            item(
                order,
                order.total() == null ? queries.ledger(order) : Optional.empty(),
                refund ? AttentionKind.REFUND_FAILING : AttentionKind.NO_PROGRESS,
                order.status(),
                order.startedAt(),
                step.activityType()
                    + " attempt "
                    + step.attempt()
                    + " failing: "
                    + Optional.ofNullable(step.lastFailure()).orElse("(no failure recorded yet)"),
                RepairCommands.retryNow(order.orderId(), step.activityId())));
      }
    }
    return Optional.empty();
  }

  private boolean failingPast(PendingStep step) {
    return step.attempt() > attemptsWithoutProgress && step.lastFailure() != null;
  }

  /** An order awaiting a payment its provider already settled. */
  private Optional<AttentionItem> paidWaiting(
      OrderSummary order, PaymentProvider payments, StatusQueries queries) {
    Optional<OrderLedger> ledger = queries.ledger(order);
    Optional<String> paymentId = ledger.map(OrderLedger::paymentId);
    if (paymentId.isEmpty()
        || !payments.status(paymentId.get()).map("SUCCEEDED"::equals).orElse(false)) {
      return Optional.empty();
    }
    return Optional.of(
        item(
            order,
            ledger,
            AttentionKind.PAID_WAITING,
            order.status(),
            Optional.ofNullable(ledger.get().step(Step.AWAIT_PAYMENT).startedAt())
                .orElse(order.startedAt()),
            "the provider settled payment " + paymentId.get() + "; the order has not heard",
            RepairCommands.tellPayment(order.orderId(), paymentId.get())));
  }

  /**
   * A row; its amount and currency from the ledger when there is one, else from the memo the API
   * starts every order with.
   */
  private static AttentionItem item(
      OrderSummary order,
      Optional<OrderLedger> ledger,
      AttentionKind kind,
      String status,
      Instant since,
      String reason,
      String repair) {
    return new AttentionItem(
        order.orderId(),
        OrderIds.workflowId(order.orderId()),
        kind,
        status,
        ledger
            .map(OrderLedger::total)
            .orElse(order.total() == null ? null : new BigDecimal(order.total())),
        ledger.map(OrderLedger::currency).orElse(order.currency()),
        since,
        reason,
        repair);
  }
}
