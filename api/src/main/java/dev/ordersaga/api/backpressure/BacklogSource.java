package dev.ordersaga.api.backpressure;

import java.util.OptionalLong;

/** Where backlogs are read from: Temporal's DescribeTaskQueue stats, or a fake in tests. */
@FunctionalInterface
public interface BacklogSource {

  /** The approximate number of tasks waiting for a worker on a queue; empty when unknown. */
  OptionalLong backlog(String taskQueue);
}
