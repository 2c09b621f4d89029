package dev.ordersaga.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordersaga.order.TaskQueues;
import org.junit.jupiter.api.Test;

class WorkerArgumentsTest {

  @Test
  void noQueuesMeansEveryQueue() {
    assertThat(WorkerArguments.parse(new String[0]).queues())
        .containsExactlyElementsOf(TaskQueues.ALL);
  }

  @Test
  void queuesListSelectsASubset() {
    WorkerArguments arguments =
        WorkerArguments.parse(new String[] {"--queues", "orders, inventory", "--config=w.yml"});

    assertThat(arguments.queues()).containsExactly(TaskQueues.ORDERS, TaskQueues.INVENTORY);
    assertThat(arguments.configFile()).isEqualTo("w.yml");
  }

  @Test
  void unknownQueueIsRefusedByName() {
    assertThatThrownBy(() -> WorkerArguments.parse(new String[] {"--queues=orders,shiping"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shiping");
  }

  @Test
  void unknownOptionIsRefused() {
    assertThatThrownBy(() -> WorkerArguments.parse(new String[] {"--queue", "orders"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--queue");
  }
}
