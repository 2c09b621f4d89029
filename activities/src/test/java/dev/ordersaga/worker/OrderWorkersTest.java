package dev.ordersaga.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordersaga.activities.DownstreamClients;
import dev.ordersaga.activities.DownstreamConfig;
import dev.ordersaga.order.Step;
import dev.ordersaga.order.TaskQueues;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OrderWorkersTest {

  @Test
  void everyStepQueueRegistersOneClientPerActivityInterfaceOfItsSteps() {
    try (DownstreamClients clients = new DownstreamClients(DownstreamConfig.defaults())) {
      for (String queue : Step.taskQueues()) {
        Object[] registered = OrderWorkers.activitiesOf(queue, clients);

        for (Step step : Step.on(queue)) {
          assertThat(Arrays.stream(registered).filter(step.activities()::isInstance))
              .as(step + " on " + queue)
              .hasSize(1);
        }
        assertThat(registered).as(queue).doesNotHaveDuplicates();
      }
    }
  }

  @Test
  void aQueueNoStepUsesIsRefused() {
    try (DownstreamClients clients = new DownstreamClients(DownstreamConfig.defaults())) {
      assertThatThrownBy(() -> OrderWorkers.activitiesOf(TaskQueues.ORDERS, clients))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("no step runs on queue orders");
    }
  }
}
