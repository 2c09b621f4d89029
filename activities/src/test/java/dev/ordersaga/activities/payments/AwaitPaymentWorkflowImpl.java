package dev.ordersaga.activities.payments;

import dev.ordersaga.order.TaskQueues;
import dev.ordersaga.order.steps.PaymentQuery;
import dev.ordersaga.order.steps.PaymentSnapshot;
import dev.ordersaga.order.steps.PaymentStatusActivities;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import java.time.Duration;

public final class AwaitPaymentWorkflowImpl implements AwaitPaymentWorkflow {
  private final PaymentStatusActivities status =
      Workflow.newActivityStub(
          PaymentStatusActivities.class,
          ActivityOptions.newBuilder()
              .setTaskQueue(TaskQueues.PAYMENT_STATUS)
              .setScheduleToCloseTimeout(Duration.ofMinutes(10))
              .setHeartbeatTimeout(Duration.ofSeconds(30))
              .build());

  @Override
  public PaymentSnapshot await(PaymentQuery query) {
    return status.await(query);
  }
}
