package dev.ordersaga.bench.floor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordersaga.order.Step;
import dev.ordersaga.order.TaskQueues;
import org.junit.jupiter.api.Test;

/** The floor's pool sizes by queue. */
class FloorPoolTest {
  @Test
  void theQueueOfAWaitingStepGetsTheLargeVirtualPool() {
    assertThat(FloorPool.on(Step.AWAIT_PAYMENT.taskQueue())).isEqualTo(new FloorPool(10_000, true));
  }

  @Test
  void theWorkflowQueueAndTheStepQueuesGetTheSagasSizes() {
    assertThat(FloorPool.on(TaskQueues.ORDERS)).isEqualTo(new FloorPool(200, true));
    assertThat(FloorPool.on(TaskQueues.NOTIFICATIONS)).isEqualTo(new FloorPool(20, false));
    assertThat(FloorPool.on(Step.SCREEN_FRAUD.taskQueue())).isEqualTo(new FloorPool(50, false));
  }

  @Test
  void aQueueNoStepUsesIsRefusedNamingIt() {
    assertThatThrownBy(() -> FloorPool.on("fraud"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown queue fraud");
  }
}
