package dev.ordersaga.bench.floor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.Step;
import dev.ordersaga.order.TaskQueues;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityInfo;
import io.temporal.activity.DynamicActivity;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.converter.EncodedValues;
import io.temporal.testing.TestWorkflowEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The floor against the step registry, on the in-memory server. */
class FloorWorkflowTest {
  private final TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance();
  private final List<String> ran = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    env.close();
  }

  @Test
  void runsOneActivityPerStepInRegistryOrderOnTheStepsQueue() {
    env.newWorker(TaskQueues.ORDERS).registerWorkflowImplementationTypes(FloorWorkflowImpl.class);
    for (String queue : Step.taskQueues()) {
      env.newWorker(queue).registerActivitiesImplementations(new Recording());
    }
    env.start();

    String answer =
        env.getWorkflowClient()
            .newWorkflowStub(
                FloorWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setWorkflowId("floor-1")
                    .setTaskQueue(TaskQueues.ORDERS)
                    .build())
            .run("floor-1");

    assertThat(answer).isEqualTo("floor-1");
    assertThat(ran)
        .containsExactlyElementsOf(
            Arrays.stream(Step.values())
                .map(step -> step.taskQueue() + " " + step.activityType())
                .toList());
  }

  /** The floor's no-op, recording the queue and type of each activity it runs. */
  private final class Recording implements DynamicActivity {
    private final NoOpActivity noOp = new NoOpActivity();

    @Override
    public Object execute(EncodedValues args) {
      ActivityInfo info = Activity.getExecutionContext().getInfo();
      ran.add(info.getActivityTaskQueue() + " " + info.getActivityType());
      return noOp.execute(args);
    }
  }
}
