package dev.ordersaga.bench.floor;

import dev.ordersaga.order.TaskQueues;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

/** The floor: eight no-op activities in the order and on the queues of a happy-path order. */
public final class FloorWorkflowImpl implements FloorWorkflow {
  private final FloorActivities.Records records =
      stub(FloorActivities.Records.class, TaskQueues.ORDER_RECORDS);
  private final FloorActivities.Inventory inventory =
      stub(FloorActivities.Inventory.class, TaskQueues.INVENTORY);
  private final FloorActivities.Payments payments =
      stub(FloorActivities.Payments.class, TaskQueues.PAYMENTS);
  private final FloorActivities.PaymentStatus paymentStatus =
      stub(FloorActivities.PaymentStatus.class, TaskQueues.PAYMENT_STATUS);
  private final FloorActivities.Shipping shipping =
      stub(FloorActivities.Shipping.class, TaskQueues.SHIPPING);
  private final FloorActivities.Notifications notifications =
      stub(FloorActivities.Notifications.class, TaskQueues.NOTIFICATIONS);

  @Override
  public String run(String id) {
    records.open(id);
    inventory.reserve(id);
    payments.request(id);
    paymentStatus.await(id);
    inventory.commit(id);
    shipping.create(id);
    notifications.notifyMerchant(id);
    records.complete(id);
    return id;
  }

  private static <T> T stub(Class<T> type, String queue) {
    return Workflow.newActivityStub(
        type,
        ActivityOptions.newBuilder()
            .setTaskQueue(queue)
            .setStartToCloseTimeout(Duration.ofSeconds(30))
            .build());
  }
}
