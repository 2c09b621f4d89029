package dev.ordersaga.bench.floor;

import dev.ordersaga.order.Step;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/**
 * The floor: one no-op activity per step of the registry ({@link Step}), in its order, on its queue
 * and under its activity type, as a happy-path order runs them.
 */
public final class FloorWorkflowImpl implements FloorWorkflow {
  private static final Duration START_TO_CLOSE = Duration.ofSeconds(30);

  @Override
  public String run(String id) {
    for (Step step : Step.values()) {
      Workflow.newUntypedActivityStub(
              ActivityOptions.newBuilder()
                  .setTaskQueue(step.taskQueue())
                  .setStartToCloseTimeout(START_TO_CLOSE)
                  .build())
          .execute(step.activityType(), String.class, id);
    }
    return id;
  }
}
