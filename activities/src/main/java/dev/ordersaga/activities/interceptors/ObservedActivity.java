package dev.ordersaga.activities.interceptors;

import dev.ordersaga.telemetry.logging.LogContext;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.activity.ActivityInfo;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptorBase;

/**
 * One activity attempt with its {@link OrderMdc} set and its outcome {@link ActivityCalls counted}.
 */
final class ObservedActivity extends ActivityInboundCallsInterceptorBase {
  private ActivityExecutionContext context;

  ObservedActivity(ActivityInboundCallsInterceptor next) {
    super(next);
  }

  @Override
  public void init(ActivityExecutionContext context) {
    this.context = context;
    super.init(context);
  }

  @Override
  public ActivityOutput execute(ActivityInput input) {
    ActivityInfo info = context.getInfo();
    try (LogContext ignored = OrderMdc.open(info.getWorkflowId(), info.getActivityType())) {
      ActivityOutput output = super.execute(input);
      count(
          info,
          context.isDoNotCompleteOnReturn()
              ? ActivityCalls.COMPLETES_LATER
              : ActivityCalls.SUCCESS);
      return output;
    } catch (RuntimeException | Error failure) {
      count(info, ActivityCalls.outcomeOf(failure));
      throw failure;
    }
  }

  private void count(ActivityInfo info, String outcome) {
    ActivityCalls.count(
        context.getMetricsScope(), info.getActivityType(), info.getActivityTaskQueue(), outcome);
  }
}
