package dev.ordersaga.activities.interceptors;

import com.uber.m3.tally.Scope;
import dev.ordersaga.telemetry.metrics.MetricNames;
import io.temporal.failure.ApplicationFailure;
import io.temporal.serviceclient.MetricsTag;
import java.util.Map;

/**
 * The worker metric {@link MetricNames#ACTIVITY_CALLS}: one count per finished activity attempt,
 * tagged {@code activity_type}, {@code task_queue} and {@link MetricNames#OUTCOME}. The outcome is
 * {@value #SUCCESS}, {@value #COMPLETES_LATER} (the activity returned without completing and a
 * completion client finishes it, as {@code PaymentStatus.await} does), or the failure's type: the
 * {@link ApplicationFailure} type the failure classifier chose ({@code DownstreamUnavailable},
 * {@code OutOfStock}, ...) or the simple class name of any other exception.
 */
public final class ActivityCalls {
  /** The outcome of an attempt that returned its result. */
  public static final String SUCCESS = "success";

  /** The outcome of an attempt that returned and left its completion to a completion client. */
  public static final String COMPLETES_LATER = "completes_later";

  private ActivityCalls() {}

  /**
   * Counts one attempt of {@code activityType} on {@code taskQueue} that ended with {@code
   * outcome}.
   */
  static void count(Scope scope, String activityType, String taskQueue, String outcome) {
    scope
        .tagged(
            Map.of(
                MetricsTag.ACTIVITY_TYPE,
                activityType,
                MetricsTag.TASK_QUEUE,
                taskQueue,
                MetricNames.OUTCOME,
                outcome))
        .counter(MetricNames.ACTIVITY_CALLS)
        .inc(1);
  }

  /** The outcome of an attempt that threw {@code failure}. */
  static String outcomeOf(Throwable failure) {
    return failure instanceof ApplicationFailure application && application.getType() != null
        ? application.getType()
        : failure.getClass().getSimpleName();
  }
}
