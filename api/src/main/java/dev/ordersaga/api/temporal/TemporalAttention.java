package dev.ordersaga.api.temporal;

import dev.ordersaga.api.attention.AttentionSource;
import dev.ordersaga.api.attention.Candidates;
import dev.ordersaga.api.attention.PendingStep;
import dev.ordersaga.api.orders.OrderSnapshot;
import dev.ordersaga.api.orders.OrderSummary;
import dev.ordersaga.api.orders.Orders;
import dev.ordersaga.order.OrderIds;
import dev.ordersaga.order.OrderLedger;
import dev.ordersaga.order.OrderStatus;
import io.grpc.StatusRuntimeException;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.workflow.v1.PendingActivityInfo;
import io.temporal.api.workflowservice.v1.CountWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc.WorkflowServiceBlockingStub;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionMetadata;
import io.temporal.common.converter.DataConverter;
import io.temporal.failure.TemporalFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** The {@link AttentionSource} on a Temporal client: visibility, status queries, describe. */
public final class TemporalAttention implements AttentionSource {
  private final WorkflowClient client;
  private final DataConverter converter;
  private final String namespace;
  private final Orders orders;
  private final Duration rpcDeadline;

  /**
   * @param orders where the status query (with its deadline) is asked
   * @param rpcDeadline how long one list, count or describe may take
   */
  public TemporalAttention(WorkflowClient client, Orders orders, Duration rpcDeadline) {
    this.client = client;
    this.converter = client.getOptions().getDataConverter();
    this.namespace = client.getOptions().getNamespace();
    this.orders = orders;
    this.rpcDeadline = rpcDeadline;
  }

  @Override
  public Candidates running(Set<OrderStatus> statuses, Instant startedBefore, int limit) {
    ListWorkflowExecutionsRequest request =
        ListWorkflowExecutionsRequest.newBuilder()
            .setNamespace(namespace)
            .setQuery(Visibility.running(statuses, startedBefore))
            .setPageSize(limit)
            .build();
    try {
      var response = stub().listWorkflowExecutions(request);
      List<OrderSummary> found =
          response.getExecutionsList().stream()
              .limit(limit)
              .map(info -> Visibility.summary(new WorkflowExecutionMetadata(info, converter)))
              .toList();
      return new Candidates(
          found, !response.getNextPageToken().isEmpty() || response.getExecutionsCount() > limit);
    } catch (StatusRuntimeException failure) {
      throw Rpc.translate(failure);
    }
  }

  @Override
  public long countRunning(OrderStatus status) {
    CountWorkflowExecutionsRequest request =
        CountWorkflowExecutionsRequest.newBuilder()
            .setNamespace(namespace)
            .setQuery(Visibility.running(Set.of(status), null))
            .build();
    try {
      return stub().countWorkflowExecutions(request).getCount();
    } catch (StatusRuntimeException failure) {
      throw Rpc.translate(failure);
    }
  }

  @Override
  public Optional<OrderLedger> ledger(OrderSummary order) {
    return orders
        .find(order.orderId())
        .flatMap(
            snapshot ->
                snapshot instanceof OrderSnapshot.Live live
                    ? Optional.of(live.ledger())
                    : Optional.empty());
  }

  @Override
  public List<PendingStep> pendingSteps(OrderSummary order) {
    DescribeWorkflowExecutionRequest request =
        DescribeWorkflowExecutionRequest.newBuilder()
            .setNamespace(namespace)
            .setExecution(
                WorkflowExecution.newBuilder().setWorkflowId(OrderIds.workflowId(order.orderId())))
            .build();
    try {
      return stub().describeWorkflowExecution(request).getPendingActivitiesList().stream()
          .map(this::step)
          .toList();
    } catch (StatusRuntimeException failure) {
      if (Rpc.isNotFound(failure)) {
        return List.of();
      }
      throw Rpc.translate(failure);
    }
  }

  /** The pending activity, its last failure's message decoded (payloads may be encrypted). */
  private PendingStep step(PendingActivityInfo info) {
    return new PendingStep(
        info.getActivityType().getName(),
        info.getActivityId(),
        info.getAttempt(),
        info.hasLastFailure()
            ? message(converter.failureToException(info.getLastFailure()))
            : null);
  }

  private static String message(RuntimeException failure) {
    return failure instanceof TemporalFailure temporal
        ? temporal.getOriginalMessage()
        : failure.getMessage();
  }

  private WorkflowServiceBlockingStub stub() {
    return client
        .getWorkflowServiceStubs()
        .blockingStub()
        .withDeadlineAfter(rpcDeadline.toMillis(), TimeUnit.MILLISECONDS);
  }
}
