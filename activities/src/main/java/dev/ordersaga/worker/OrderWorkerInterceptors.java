package dev.ordersaga.worker;

import dev.ordersaga.activities.interceptors.OrderActivityInterceptor;
import io.temporal.common.interceptors.WorkerInterceptor;

/**
 * The interceptors every worker factory of the project installs ({@code
 * WorkerFactoryOptions.newBuilder().setWorkerInterceptors(OrderWorkerInterceptors.all())}).
 */
public final class OrderWorkerInterceptors {
  private OrderWorkerInterceptors() {}

  /** A fresh array, so a caller may add its own. */
  public static WorkerInterceptor[] all() {
    return new WorkerInterceptor[] {new OrderActivityInterceptor()};
  }
}
