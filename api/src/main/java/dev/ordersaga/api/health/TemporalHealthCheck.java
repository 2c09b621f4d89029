package dev.ordersaga.api.health;

import com.codahale.metrics.health.HealthCheck;
import io.grpc.StatusRuntimeException;
import io.temporal.api.workflowservice.v1.DescribeNamespaceRequest;
import io.temporal.client.WorkflowClient;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Temporal is reachable and knows our namespace: one {@code DescribeNamespace} call. */
public final class TemporalHealthCheck extends HealthCheck {
  private final WorkflowClient client;
  private final Duration deadline;

  public TemporalHealthCheck(WorkflowClient client, Duration deadline) {
    this.client = client;
    this.deadline = deadline;
  }

  @Override
  protected Result check() {
    String namespace = client.getOptions().getNamespace();
    try {
      client
          .getWorkflowServiceStubs()
          .blockingStub()
          .withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
          .describeNamespace(DescribeNamespaceRequest.newBuilder().setNamespace(namespace).build());
      return Result.healthy("namespace %s reachable", namespace);
    } catch (StatusRuntimeException failure) {
      return Result.unhealthy("namespace %s: %s", namespace, failure.getStatus().getCode());
    }
  }
}
