package dev.ordersaga.order;

import dev.ordersaga.telemetry.metrics.MetricNames;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.slf4j.Logger;

/**
 * The undo stack of one order: undos are registered before their step and run newest first in a
 * detached cancellation scope (so a cancelled order is still undone). An undo that exhausts its
 * retry policy parks the order in COMPENSATION_FAILED until {@link #retryRequested()}; it is never
 * skipped.
 */
final class Compensations {
  private static final Logger log = Workflow.getLogger(Compensations.class);

  private final String orderId;
  private final SagaLedger ledger;
  private final BiConsumer<OrderStatus, String> status;
  private final Deque<Compensation> undos = new ArrayDeque<>();
  private boolean retryRequested;

  /**
   * @param status publishes an order status and its reason (ledger and search attribute)
   */
  Compensations(String orderId, SagaLedger ledger, BiConsumer<OrderStatus, String> status) {
    this.orderId = orderId;
    this.ledger = ledger;
    this.status = status;
  }

  /**
   * Registers the undo of {@code step} ({@link Step#undo()}), before the step runs: it is safe when
   * the step never happened.
   */
  void register(Step step) {
    StepUndo<?> undo = step.undo();
    undos.push(new Compensation(step, () -> undo.run(step, orderId)));
  }

  /**
   * Registers, after those already registered, the undo of each step of {@code steps} (in flow
   * order) that has none yet: for a run an operator reset, whose earlier runs may have done steps
   * this run has not reached again. Each undo is safe when its step never happened.
   */
  void coverSteps(List<Step> steps) {
    Set<Step> registered = EnumSet.noneOf(Step.class);
    undos.forEach(undo -> registered.add(undo.step()));
    for (Step step : steps) {
      if (!registered.contains(step)) {
        register(step);
      }
    }
  }

  /** Runs every registered undo, newest first, until all have succeeded. */
  void runAll(String reason) {
    Workflow.newDetachedCancellationScope(() -> runUndos(reason)).run();
  }

  /** An operator asks to retry the undo that parked the order. */
  void retryRequested() {
    retryRequested = true;
  }

  private void runUndos(String reason) {
    while (!undos.isEmpty()) {
      Compensation next = undos.peek();
      ledger.compensating(next.step());
      try {
        next.action().run();
        ledger.compensated(next.step());
        undos.pop();
      } catch (ActivityFailure failure) {
        parkUntilRetried(next.step(), Failures.describe(failure));
        status.accept(OrderStatus.COMPENSATING, reason);
      }
    }
  }

  private void parkUntilRetried(Step step, String failure) {
    ledger.compensationFailed(step, failure);
    status.accept(OrderStatus.COMPENSATION_FAILED, "undo of " + step.key() + " failed: " + failure);
    Workflow.getMetricsScope().counter(MetricNames.COMPENSATIONS_FAILED).inc(1);
    log.error("order {}: undo of {} failed, waiting for an operator: {}", orderId, step, failure);
    retryRequested = false;
    Workflow.await(() -> retryRequested);
    log.info("order {}: operator retries the undo of {}", orderId, step);
  }
}
