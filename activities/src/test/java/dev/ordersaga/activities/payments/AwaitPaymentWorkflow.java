package dev.ordersaga.activities.payments;

import dev.ordersaga.order.steps.PaymentQuery;
import dev.ordersaga.order.steps.PaymentSnapshot;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/** A workflow that only waits for one payment: many of them park many polls on one worker. */
@WorkflowInterface
public interface AwaitPaymentWorkflow {
  @WorkflowMethod
  PaymentSnapshot await(PaymentQuery query);
}
