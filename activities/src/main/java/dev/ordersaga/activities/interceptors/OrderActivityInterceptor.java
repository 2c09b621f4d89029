package dev.ordersaga.activities.interceptors;

import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.WorkerInterceptorBase;

/**
 * The per-call concerns of every activity, in one place: each attempt runs with its order's logging
 * context ({@link OrderMdc}) and is counted by outcome ({@link ActivityCalls}). Installed on the
 * worker factory ({@code WorkerFactoryOptions.setWorkerInterceptors}); the activity implementations
 * do neither themselves.
 */
public final class OrderActivityInterceptor extends WorkerInterceptorBase {
  @Override
  public ActivityInboundCallsInterceptor interceptActivity(ActivityInboundCallsInterceptor next) {
    return new ObservedActivity(next);
  }
}
