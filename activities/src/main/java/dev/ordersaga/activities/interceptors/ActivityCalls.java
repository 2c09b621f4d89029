package dev.ordersaga.activities.interceptors;

import com.uber.m3.tally.Scope;
import io.temporal.failure.ApplicationFailure;
import io.temporal.serviceclient.MetricsTag;
import java.util.Map;

/**
 * The worker metric {@value #METRIC}: one count per finished activity attempt, tagged {@code
 * activity_type} and {@value #OUTCOME_TAG}. The outcome is {@value #SUCCESS}, {@value
 * #COMPLETES_LATER} (the activity returned without completing and a completion client finishes it,
 * as {@code PaymentStatus.await} does), or the failure's type: the {@link ApplicationFailure} type
 * the failure classifier chose ({@code DownstreamUnavailable}, {@code OutOfStock}, ...) or the
 * simple class name of any other exception.
 */
public final class ActivityCalls {
  /** The counter's name; Prometheus shows it with the suffix {@code _total}. */
  public static final String METRIC = "order_saga_activity_calls";

  /** The tag naming how the attempt ended. */
  public static final String OUTCOME_TAG = "outcome";

  /** The outcome of an attempt that returned its result. */
  public static final String SUCCESS = "success";

  /** The outcome of an attempt that returned and left its completion to a completion client. */
  public static final String COMPLETES_LATER = "completes_later";

  private ActivityCalls() {}

  /** Counts one attempt of {@code activityType} that ended with {@code outcome}. */
  static void count(Scope scope, String activityType, String outcome) {
    scope
        .tagged(Map.of(MetricsTag.ACTIVITY_TYPE, activityType, OUTCOME_TAG, outcome))
        .counter(METRIC)
        .inc(1);
  }

  /** The outcome of an attempt that threw {@code failure}. */
  static String outcomeOf(Throwable failure) {
    return failure instanceof ApplicationFailure application && application.getType() != null
        ? application.getType()
        : failure.getClass().getSimpleName();
  }
}
