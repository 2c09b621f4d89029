package dev.ordersaga.activities.interceptors;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;

/** Calls {@link Probe} once, retrying it up to three attempts a second apart. */
@WorkflowInterface
public interface ProbeWorkflow {
  @WorkflowMethod
  void run(int failures);

  /** The implementation. */
  final class Impl implements ProbeWorkflow {
    private final Probe probe =
        Workflow.newActivityStub(
            Probe.class,
            ActivityOptions.newBuilder()
                .setStartToCloseTimeout(Duration.ofSeconds(10))
                .setRetryOptions(
                    RetryOptions.newBuilder()
                        .setInitialInterval(Duration.ofSeconds(1))
                        .setMaximumAttempts(3)
                        .build())
                .build());

    @Override
    public void run(int failures) {
      probe.observe(failures);
    }
  }
}
