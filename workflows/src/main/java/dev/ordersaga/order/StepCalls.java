package dev.ordersaga.order;

import io.temporal.failure.CanceledFailure;
import io.temporal.failure.TemporalFailure;
import io.temporal.workflow.CancellationScope;
import java.util.function.Supplier;

/**
 * Runs one step of an order: refuses to start it once the order is being cancelled, registers its
 * undo before it runs (a step that timed out may still have happened), and records its start,
 * success or failure on the ledger.
 */
final class StepCalls {
  private final SagaLedger ledger;
  private final Compensations compensations;

  StepCalls(SagaLedger ledger, Compensations compensations) {
    this.ledger = ledger;
    this.compensations = compensations;
  }

  /** {@link #call} for a step without a result. */
  void run(Step step, Runnable action) {
    call(
        step,
        () -> {
          action.run();
          return null;
        });
  }

  /**
   * Runs {@code action} as {@code step}.
   *
   * @throws CanceledFailure when the order is being cancelled: the step does not start
   * @throws TemporalFailure the step's failure, after it is recorded on the ledger
   */
  <T> T call(Step step, Supplier<T> action) {
    if (CancellationScope.current().isCancelRequested()) {
      throw new CanceledFailure(step.key() + " not started: the order is being cancelled");
    }
    if (step.kind().hasUndo()) {
      compensations.register(step);
    }
    ledger.started(step);
    try {
      T result = action.get();
      ledger.done(step);
      return result;
    } catch (TemporalFailure failure) {
      ledger.failed(step, Failures.describe(failure));
      throw failure;
    }
  }
}
