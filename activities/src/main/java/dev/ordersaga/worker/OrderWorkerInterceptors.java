package dev.ordersaga.worker;

import dev.ordersaga.activities.interceptors.OrderActivityInterceptor;
import dev.ordersaga.order.SagaNames;
import dev.ordersaga.telemetry.tracing.TemporalTracing;
import io.opentelemetry.api.OpenTelemetry;
import io.temporal.common.interceptors.WorkerInterceptor;

/**
 * The interceptors every worker factory of the project installs ({@code
 * WorkerFactoryOptions.newBuilder().setWorkerInterceptors(OrderWorkerInterceptors.all(otel))}):
 * each activity attempt is a span of its order's trace ({@link TemporalTracing#worker}) and runs
 * with the order's logging context and a count of its outcome ({@link OrderActivityInterceptor}).
 */
public final class OrderWorkerInterceptors {
  private OrderWorkerInterceptors() {}

  /** A fresh array, so a caller may add its own. */
  public static WorkerInterceptor[] all(OpenTelemetry openTelemetry) {
    return new WorkerInterceptor[] {
      TemporalTracing.worker(openTelemetry, SagaNames.INSTANCE), new OrderActivityInterceptor()
    };
  }
}
