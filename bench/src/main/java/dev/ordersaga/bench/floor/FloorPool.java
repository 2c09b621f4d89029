package dev.ordersaga.bench.floor;

import dev.ordersaga.order.Step;
import dev.ordersaga.order.StepKind;
import dev.ordersaga.order.TaskQueues;
import io.temporal.worker.WorkerOptions;
import java.util.Map;

/**
 * The floor worker's pool on one queue, sized as {@code config/worker.yml} sizes the saga's (200
 * workflow tasks on virtual threads on {@code orders}; 20 for notifications; 50 for every other
 * step queue), so the floor differs from the saga only in what its workflow and activities do. A
 * queue whose step waits (payment status) keeps the floor's large pool of {@value #WAITING_SLOTS}
 * on virtual threads.
 *
 * @param slots tasks executed at once: workflow tasks on {@code orders}, activities elsewhere
 * @param virtualThreads whether those run on virtual threads
 */
record FloorPool(int slots, boolean virtualThreads) {
  private static final int STEP_SLOTS = 50;
  private static final int WAITING_SLOTS = 10_000;
  private static final Map<String, Integer> SLOTS =
      Map.of(TaskQueues.ORDERS, 200, TaskQueues.NOTIFICATIONS, 20);

  /**
   * The pool on {@code queue}.
   *
   * @throws IllegalArgumentException when {@code queue} is not one of {@link TaskQueues#ALL}
   */
  static FloorPool on(String queue) {
    if (!TaskQueues.ALL.contains(queue)) {
      throw new IllegalArgumentException("unknown queue " + queue + "; one of " + TaskQueues.ALL);
    }
    if (Step.on(queue).stream().anyMatch(step -> step.kind() == StepKind.AWAIT)) {
      return new FloorPool(WAITING_SLOTS, true);
    }
    return new FloorPool(SLOTS.getOrDefault(queue, STEP_SLOTS), queue.equals(TaskQueues.ORDERS));
  }

  /** The options of a worker that runs the floor's workflow tasks. */
  WorkerOptions workflowWorker() {
    return WorkerOptions.newBuilder()
        .setMaxConcurrentWorkflowTaskExecutionSize(slots)
        .setUsingVirtualThreadsOnWorkflowWorker(virtualThreads)
        .build();
  }

  /** The options of a worker that runs the floor's activities. */
  WorkerOptions activityWorker() {
    return WorkerOptions.newBuilder()
        .setMaxConcurrentActivityExecutionSize(slots)
        .setUsingVirtualThreadsOnActivityWorker(virtualThreads)
        .build();
  }
}
