package dev.ordersaga.api.attention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ordersaga.api.Ledgers;
import dev.ordersaga.api.orders.OrderSummary;
import dev.ordersaga.order.OrderLedger;
import dev.ordersaga.order.OrderStatus;
import dev.ordersaga.order.Step;
import dev.ordersaga.order.StepEntry;
import dev.ordersaga.order.StepState;
import dev.ordersaga.order.steps.ActivityTypes;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AttentionBoardTest {
  private static final Instant NOW = Instant.parse("2026-12-08T12:00:00Z");
  private final FakeSource source = new FakeSource();
  private final Map<String, String> provider = new HashMap<>();

  @Test
  void listsEveryKindLargestAmountFirstEachWithTheCommandThatRepairsIt() {
    source.parked(
        "attention", OrderStatus.NEEDS_ATTENTION, "100.00", Step.REQUEST_PAYMENT, StepState.DONE);
    source.parked(
        "unrefunded",
        OrderStatus.COMPENSATION_FAILED,
        "500.00",
        Step.REQUEST_PAYMENT,
        StepState.COMPENSATION_FAILED);
    source.moving(
        "refunding", "50.00", new PendingStep(ActivityTypes.REFUND_PAYMENT, "9", 3, "503"));
    source.moving("stuck", "20.00", new PendingStep(ActivityTypes.COMMIT_STOCK, "7", 7, "503"));
    source.moving("retrying", "10.00", new PendingStep(ActivityTypes.COMMIT_STOCK, "7", 2, "503"));
    source.awaiting("paid", "300.00", "pay_paid");
    provider.put("pay_paid", "SUCCEEDED");
    source.awaiting("unpaid", "400.00", "pay_unpaid");
    provider.put("pay_unpaid", "PENDING");

    AttentionList list = board(true).board(allKinds(), 10);

    assertThat(list.orders())
        .extracting(AttentionItem::orderId, AttentionItem::kind, AttentionItem::repair)
        .containsExactly(
            tuple(
                "unrefunded",
                AttentionKind.REFUND_FAILING,
                "temporal workflow update execute --workflow-id order-unrefunded --name retryCompensation"),
            tuple(
                "paid",
                AttentionKind.PAID_WAITING,
                "temporal workflow signal --workflow-id order-paid --name paymentNotified"
                    + " --input '{\"paymentId\":\"pay_paid\",\"eventId\":\"operator-pay_paid\"}'"),
            tuple(
                "attention",
                AttentionKind.PARKED,
                "temporal workflow update execute --workflow-id order-attention --name resume"),
            tuple(
                "refunding",
                AttentionKind.REFUND_FAILING,
                "temporal activity reset --workflow-id order-refunding --activity-id 9"),
            tuple(
                "stuck",
                AttentionKind.NO_PROGRESS,
                "temporal activity reset --workflow-id order-stuck --activity-id 7"));
    assertThat(list.truncated()).isEmpty();
    assertThat(list.skipped()).isEmpty();
  }

  @Test
  void leavesOutAParkedOrderThatMovedOnSinceItWasListed() {
    source.parked(
        "resumed", OrderStatus.NEEDS_ATTENTION, "100.00", Step.REQUEST_PAYMENT, StepState.DONE);
    OrderLedger ledger = source.ledgers.get("resumed");
    source.ledgers.put(
        "resumed",
        FakeSource.with(ledger, OrderStatus.COMPLETED, "100.00", null, null, ledger.steps()));

    assertThat(board(false).board(allKinds(), 10).orders()).isEmpty();
  }

  @Test
  void asksNoMoreStatusQueriesOnceOneWentUnansweredAndSaysSo() {
    for (int i = 0; i < 40; i++) {
      source.add("silent-" + i, OrderStatus.NEEDS_ATTENTION, "1.00");
    }

    AttentionList list = board(false).board(EnumSet.of(AttentionKind.PARKED), 100);

    assertThat(list.orders()).hasSize(40);
    assertThat(list.orders().get(0).reason()).startsWith("no worker answered");
    assertThat(source.queries.get()).isLessThanOrEqualTo(AttentionBoard.AT_ONCE);
    assertThat(list.skipped()).singleElement().asString().startsWith("status queries");
  }

  @Test
  void carriesTheParkedOrdersReasonAndAmount() {
    source.parked(
        "attention", OrderStatus.NEEDS_ATTENTION, "100.00", Step.REQUEST_PAYMENT, StepState.DONE);

    AttentionItem item = board(false).board(allKinds(), 10).orders().get(0);

    assertThat(item.reason()).isEqualTo("parked for a test");
    assertThat(item.amount()).isEqualByComparingTo("100.00");
    assertThat(item.currency()).isEqualTo("USD");
    assertThat(item.workflowId()).isEqualTo("order-attention");
  }

  @Test
  void readsTheAmountOfAnOrderStartedWithoutAMemoFromItsLedger() {
    source.moving("unmemoed", null, new PendingStep(ActivityTypes.COMMIT_STOCK, "7", 9, "503"));
    OrderLedger ledger = Ledgers.of("unmemoed", OrderStatus.PAID);
    source.ledgers.put(
        "unmemoed", FakeSource.with(ledger, OrderStatus.PAID, "12.34", null, null, ledger.steps()));

    AttentionItem item = board(false).board(allKinds(), 10).orders().get(0);

    assertThat(item.amount()).isEqualByComparingTo("12.34");
    assertThat(item.currency()).isEqualTo("USD");
  }

  @Test
  void namesTheKindsWhoseCandidatesWereCutShort() {
    source.parked("a", OrderStatus.NEEDS_ATTENTION, "1.00", Step.REQUEST_PAYMENT, StepState.DONE);
    source.parked("b", OrderStatus.NEEDS_ATTENTION, "2.00", Step.REQUEST_PAYMENT, StepState.DONE);

    AttentionList list = board(false).board(EnumSet.of(AttentionKind.PARKED), 1);

    assertThat(list.orders()).hasSize(1);
    assertThat(list.truncated()).containsExactly(AttentionKind.PARKED);
  }

  @Test
  void saysPaidOrdersStillWaitingWereNotLookedForWithoutAPaymentProvider() {
    source.awaiting("paid", "300.00", "pay_paid");

    AttentionList list = board(false).board(allKinds(), 10);

    assertThat(list.orders()).isEmpty();
    assertThat(list.skipped()).singleElement().asString().startsWith("PAID_WAITING");
  }

  @Test
  void asksTheProviderOnlyAboutOrdersOlderThanTheWait() {
    board(true).board(EnumSet.of(AttentionKind.PAID_WAITING), 10);

    assertThat(source.startedBefore).containsExactly(NOW.minus(Duration.ofMinutes(1)));
  }

  /** The board on the fake source, with the fake provider when {@code withProvider}. */
  private AttentionBoard board(boolean withProvider) {
    PaymentProvider payments = id -> Optional.ofNullable(provider.get(id));
    return new AttentionBoard(
        source,
        withProvider ? Optional.of(payments) : Optional.empty(),
        5,
        Duration.ofMinutes(2),
        Duration.ofMinutes(1),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static Set<AttentionKind> allKinds() {
    return EnumSet.allOf(AttentionKind.class);
  }

  /** Running orders by status, each with its ledger and pending steps. */
  private static final class FakeSource implements AttentionSource {
    private final List<OrderSummary> orders = new ArrayList<>();
    private final Map<String, OrderLedger> ledgers = new HashMap<>();
    private final Map<String, List<PendingStep>> pending = new HashMap<>();
    private final List<Instant> startedBefore = new ArrayList<>();
    private final AtomicInteger queries = new AtomicInteger();

    void parked(String id, OrderStatus status, String total, Step step, StepState state) {
      add(id, status, total);
      OrderLedger base = Ledgers.of(id, status);
      List<StepEntry> steps = new ArrayList<>(base.steps());
      steps.set(step.ordinal(), new StepEntry(step, state, 1, null, null, null));
      ledgers.put(id, with(base, status, total, "parked for a test", "pay_" + id, steps));
    }

    void moving(String id, String total, PendingStep step) {
      add(id, OrderStatus.COMPENSATING, total);
      pending.put(id, List.of(step));
    }

    void awaiting(String id, String total, String paymentId) {
      add(id, OrderStatus.AWAITING_PAYMENT, total);
      OrderLedger base = Ledgers.of(id, OrderStatus.AWAITING_PAYMENT);
      ledgers.put(
          id, with(base, OrderStatus.AWAITING_PAYMENT, total, null, paymentId, base.steps()));
    }

    void add(String id, OrderStatus status, String total) {
      orders.add(new OrderSummary(id, status.name(), "c-42", total, "USD", "RUNNING", NOW, null));
    }

    private static OrderLedger with(
        OrderLedger l,
        OrderStatus status,
        String total,
        String reason,
        String paymentId,
        List<StepEntry> steps) {
      return new OrderLedger(
          l.orderId(),
          l.customerId(),
          status,
          reason,
          new BigDecimal(total),
          l.currency(),
          paymentId,
          null,
          false,
          steps,
          l.createdAt(),
          l.updatedAt());
    }

    @Override
    public Candidates running(Set<OrderStatus> statuses, Instant before, int limit) {
      if (statuses.contains(OrderStatus.AWAITING_PAYMENT)) {
        startedBefore.add(before);
      }
      List<OrderSummary> matched =
          orders.stream().filter(o -> statuses.contains(OrderStatus.valueOf(o.status()))).toList();
      return new Candidates(matched.stream().limit(limit).toList(), matched.size() > limit);
    }

    @Override
    public long countRunning(OrderStatus status) {
      return orders.stream().filter(o -> o.status().equals(status.name())).count();
    }

    @Override
    public Optional<OrderLedger> ledger(OrderSummary order) {
      queries.incrementAndGet();
      return Optional.ofNullable(ledgers.get(order.orderId()));
    }

    @Override
    public List<PendingStep> pendingSteps(OrderSummary order) {
      return pending.getOrDefault(order.orderId(), List.of());
    }
  }
}
