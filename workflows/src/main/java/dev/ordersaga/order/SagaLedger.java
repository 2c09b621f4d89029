package dev.ordersaga.order;

import io.temporal.workflow.Workflow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The mutable ledger inside one workflow run; {@link #snapshot()} is what the world sees. */
final class SagaLedger {
  private final OrderRequest order;
  private final Instant createdAt;
  private final Map<Step, MutableEntry> steps = new EnumMap<>(Step.class);
  private OrderStatus status = OrderStatus.PENDING;
  private String statusReason;
  private String paymentId;
  private String shipmentId;
  private boolean merchantNotified;
  private Instant updatedAt;

  SagaLedger(OrderRequest order) {
    this.order = order;
    this.createdAt = now();
    this.updatedAt = createdAt;
    for (Step step : Step.values()) {
      steps.put(step, new MutableEntry());
    }
  }

  OrderStatus status() {
    return status;
  }

  StepState state(Step step) {
    return steps.get(step).state;
  }

  void status(OrderStatus status, String reason) {
    this.status = status;
    this.statusReason = reason;
    touch();
  }

  void started(Step step) {
    MutableEntry entry = steps.get(step);
    entry.state = StepState.RUNNING;
    entry.attempts++;
    if (entry.startedAt == null) {
      entry.startedAt = now();
    }
    touch();
  }

  void done(Step step) {
    finish(step, StepState.DONE, steps.get(step).lastFailure);
  }

  void failed(Step step, String failure) {
    finish(step, StepState.FAILED, failure);
  }

  void compensating(Step step) {
    MutableEntry entry = steps.get(step);
    entry.state = StepState.COMPENSATING;
    entry.attempts++;
    touch();
  }

  void compensated(Step step) {
    finish(step, StepState.COMPENSATED, steps.get(step).lastFailure);
  }

  void compensationFailed(Step step, String failure) {
    finish(step, StepState.COMPENSATION_FAILED, failure);
  }

  /** Marks every step that never started as SKIPPED. */
  void skipUnstarted() {
    steps.values().stream()
        .filter(entry -> entry.state == StepState.PENDING)
        .forEach(entry -> entry.state = StepState.SKIPPED);
    touch();
  }

  void paymentId(String paymentId) {
    this.paymentId = paymentId;
  }

  void shipmentId(String shipmentId) {
    this.shipmentId = shipmentId;
  }

  void merchantNotified() {
    this.merchantNotified = true;
  }

  OrderLedger snapshot() {
    List<StepEntry> entries = new ArrayList<>();
    steps.forEach(
        (step, entry) ->
            entries.add(
                new StepEntry(
                    step,
                    entry.state,
                    entry.attempts,
                    entry.lastFailure,
                    entry.startedAt,
                    entry.finishedAt)));
    return new OrderLedger(
        order.orderId(),
        order.customerId(),
        status,
        statusReason,
        order.total(),
        order.currency(),
        paymentId,
        shipmentId,
        merchantNotified,
        entries,
        createdAt,
        updatedAt);
  }

  private void finish(Step step, StepState state, String failure) {
    MutableEntry entry = steps.get(step);
    entry.state = state;
    entry.lastFailure = failure;
    entry.finishedAt = now();
    touch();
  }

  private void touch() {
    updatedAt = now();
  }

  private static Instant now() {
    return Instant.ofEpochMilli(Workflow.currentTimeMillis());
  }

  private static final class MutableEntry {
    private StepState state = StepState.PENDING;
    private int attempts;
    private String lastFailure;
    private Instant startedAt;
    private Instant finishedAt;
  }
}
