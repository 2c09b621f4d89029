package dev.ordersaga.worker;

import dev.ordersaga.activities.interceptors.OrderActivityInterceptor;
import dev.ordersaga.telemetry.tracing.TemporalTracing;
import io.opentelemetry.api.OpenTelemetry;
import io.temporal.common.interceptors.WorkerInterceptor;

/**
 * The interceptors every worker factory of the project installs ({@code
 * WorkerFactoryOptions.newBuilder().setWorkerInterceptors(OrderWorkerInterceptors.all(otel))}): a
 * span per activity attempt ({@link TemporalTracing#worker}), current while the next ones and the
 * attempt run, then the order's logging context and the outcome count ({@link
 * OrderActivityInterceptor}).
 */
public final class OrderWorkerInterceptors {
  private OrderWorkerInterceptors() {}

  /** A fresh array, so a caller may add its own. */
  public static WorkerInterceptor[] all(OpenTelemetry openTelemetry) {
    return new WorkerInterceptor[] {
      TemporalTracing.worker(openTelemetry), new OrderActivityInterceptor()
    };
  }
}
