package dev.ordersaga.telemetry.tracing;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;

/** Reserves (up to three attempts a second apart), then releases: a step and its undo. */
@WorkflowInterface
public interface StockProbeWorkflow {
  @WorkflowMethod
  void run(int failures);

  /** The implementation. */
  final class Impl implements StockProbeWorkflow {
    private static final RetryOptions THREE_ATTEMPTS_A_SECOND_APART =
        RetryOptions.newBuilder()
            .setInitialInterval(Duration.ofSeconds(1))
            .setBackoffCoefficient(1)
            .setMaximumAttempts(3)
            .build();

    private final StockProbe stock =
        Workflow.newActivityStub(
            StockProbe.class,
            ActivityOptions.newBuilder()
                .setScheduleToCloseTimeout(Duration.ofMinutes(1))
                .setRetryOptions(THREE_ATTEMPTS_A_SECOND_APART)
                .build());

    @Override
    public void run(int failures) {
      stock.reserve(failures);
      stock.release();
    }
  }
}
