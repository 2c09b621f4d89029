package dev.ordersaga.bench;

import io.temporal.client.WorkflowClient;

/** How many events a workflow's history holds. */
final class History {
  private History() {}

  static int events(WorkflowClient client, String workflowId) {
    return client.fetchHistory(workflowId).getHistory().getEventsCount();
  }
}
