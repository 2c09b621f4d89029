package dev.ordersaga.worker;

import io.temporal.worker.WorkerOptions;
import jakarta.validation.constraints.Positive;
import java.time.Duration;

/**
 * How big one queue's worker pool is. Null fields keep the SDK default; numbers, when given, are
 * positive.
 *
 * @param maxConcurrent tasks executed at once (activities, or workflow tasks on {@code orders})
 * @param pollers concurrent long polls against the queue
 * @param workerActivitiesPerSecond a rate limit for this process
 * @param queueActivitiesPerSecond a rate limit for the whole queue, enforced by the server
 * @param virtualThreads run activities or, on {@code orders}, workflow threads (a parked order) on
 *     virtual threads instead of platform threads
 * @param maxHeartbeatThrottle the longest the SDK holds back an activity's heartbeats before
 *     sending them to the server (it sends at most one per 0.8 x the heartbeat timeout, capped by
 *     this; SDK default one minute); waiting payments do not heartbeat through it (their poller
 *     heartbeats each every {@code paymentWait.heartbeatInterval})
 */
public record QueueSettings(
    @Positive Integer maxConcurrent,
    @Positive Integer pollers,
    @Positive Double workerActivitiesPerSecond,
    @Positive Double queueActivitiesPerSecond,
    Boolean virtualThreads,
    Duration maxHeartbeatThrottle) {

  static final QueueSettings SDK_DEFAULTS = new QueueSettings(null, null, null, null, null, null);

  /** The worker options of an activity queue. */
  WorkerOptions activityWorkerOptions() {
    WorkerOptions.Builder options = WorkerOptions.newBuilder();
    if (maxConcurrent != null) {
      options.setMaxConcurrentActivityExecutionSize(maxConcurrent);
    }
    if (pollers != null) {
      options.setMaxConcurrentActivityTaskPollers(pollers);
    }
    if (workerActivitiesPerSecond != null) {
      options.setMaxWorkerActivitiesPerSecond(workerActivitiesPerSecond);
    }
    if (queueActivitiesPerSecond != null) {
      options.setMaxTaskQueueActivitiesPerSecond(queueActivitiesPerSecond);
    }
    if (Boolean.TRUE.equals(virtualThreads)) {
      options.setUsingVirtualThreadsOnActivityWorker(true);
    }
    if (maxHeartbeatThrottle != null) {
      options.setMaxHeartbeatThrottleInterval(maxHeartbeatThrottle);
    }
    return options.build();
  }

  /** The worker options of the workflow queue. */
  WorkerOptions workflowWorkerOptions() {
    WorkerOptions.Builder options = WorkerOptions.newBuilder();
    if (maxConcurrent != null) {
      options.setMaxConcurrentWorkflowTaskExecutionSize(maxConcurrent);
    }
    if (pollers != null) {
      options.setMaxConcurrentWorkflowTaskPollers(pollers);
    }
    if (Boolean.TRUE.equals(virtualThreads)) {
      options.setUsingVirtualThreadsOnWorkflowWorker(true);
    }
    return options.build();
  }
}
