package dev.ordersaga.api.temporal;

import com.google.protobuf.ByteString;
import dev.ordersaga.api.errors.ApiProblem;
import dev.ordersaga.api.orders.OrderFilter;
import dev.ordersaga.api.orders.OrderPage;
import dev.ordersaga.api.orders.OrderSnapshot;
import dev.ordersaga.api.orders.Orders;
import dev.ordersaga.api.orders.Submission;
import dev.ordersaga.order.CancelRequest;
import dev.ordersaga.order.OrderIds;
import dev.ordersaga.order.OrderLedger;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.OrderSearchAttributes;
import dev.ordersaga.order.OrderStatus;
import dev.ordersaga.order.OrderWorkflow;
import dev.ordersaga.order.PaymentNotice;
import dev.ordersaga.order.ReviewDecision;
import dev.ordersaga.order.TaskQueues;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.QueryRejectCondition;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.query.v1.WorkflowQuery;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsRequest;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsResponse;
import io.temporal.api.workflowservice.v1.QueryWorkflowRequest;
import io.temporal.api.workflowservice.v1.QueryWorkflowResponse;
import io.temporal.api.workflowservice.v1.SignalWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc.WorkflowServiceBlockingStub;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowExecutionMetadata;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowServiceException;
import io.temporal.common.converter.DataConverter;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The {@link Orders} port on a Temporal client. Starts are rejected by Temporal when the workflow
 * id exists, whatever its state, so an order id is only ever used once.
 */
public final class TemporalOrders implements Orders {
  private final WorkflowClient client;
  private final DataConverter converter;
  private final String namespace;
  private final Duration queryDeadline;
  private final Duration rpcDeadline;
  private final ClosedRuns closedRuns;
  private final OrderUpdates updates;

  /**
   * @param queryDeadline how long a status query may wait for a worker before visibility answers
   * @param rpcDeadline how long describe, list, signal and Update calls may take; an Update's call
   *     ends there, answered or not
   */
  public TemporalOrders(WorkflowClient client, Duration queryDeadline, Duration rpcDeadline) {
    this.client = client;
    this.converter = client.getOptions().getDataConverter();
    this.namespace = client.getOptions().getNamespace();
    this.queryDeadline = queryDeadline;
    this.rpcDeadline = rpcDeadline;
    this.closedRuns = new ClosedRuns(namespace, converter, () -> stub(rpcDeadline));
    this.updates =
        new OrderUpdates(
            () -> stub(rpcDeadline),
            converter,
            namespace,
            client.getOptions().getIdentity(),
            rpcDeadline);
  }

  @Override
  public Submission submit(OrderRequest order, String fingerprint) {
    OrderWorkflow workflow =
        client.newWorkflowStub(OrderWorkflow.class, startOptions(order, fingerprint));
    try {
      WorkflowClient.start(workflow::place, order);
      return new Submission(order.orderId(), true);
    } catch (WorkflowExecutionAlreadyStarted duplicate) {
      return replay(order.orderId(), fingerprint);
    } catch (WorkflowServiceException failure) {
      if (Rpc.mayHaveApplied(failure)) {
        throw ApiProblem.outcomeUnknown(
            "the start of order " + order.orderId() + " was not confirmed: " + Rpc.code(failure),
            failure);
      }
      throw Rpc.translate(failure);
    }
  }

  private static WorkflowOptions startOptions(OrderRequest order, String fingerprint) {
    return WorkflowOptions.newBuilder()
        .setWorkflowId(OrderIds.workflowId(order.orderId()))
        .setTaskQueue(TaskQueues.ORDERS)
        .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE)
        .setWorkflowIdConflictPolicy(WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_FAIL)
        .setMemo(
            Map.of(
                Visibility.MEMO_FINGERPRINT, fingerprint,
                Visibility.MEMO_TOTAL, order.total().toPlainString(),
                Visibility.MEMO_CURRENCY, order.currency()))
        .setTypedSearchAttributes(OrderSearchAttributes.atStart(order, OrderStatus.PENDING))
        .build();
  }

  private Submission replay(String orderId, String fingerprint) {
    WorkflowExecutionMetadata existing =
        describe(orderId)
            .orElseThrow(
                () ->
                    ApiProblem.idempotencyKeyReused(
                        "order " + orderId + " exists but cannot be read"));
    if (!fingerprint.equals(Visibility.memo(existing, Visibility.MEMO_FINGERPRINT))) {
      throw ApiProblem.idempotencyKeyReused(
          "order " + orderId + " was placed with this Idempotency-Key and another body");
    }
    return new Submission(orderId, false);
  }

  /**
   * A running order answers its status query; a closed one is read from its close event (the ledger
   * the saga returned, or what ended the run), so no worker is needed for it.
   */
  @Override
  public Optional<OrderSnapshot> find(String orderId) {
    QueryWorkflowRequest request =
        QueryWorkflowRequest.newBuilder()
            .setNamespace(namespace)
            .setExecution(execution(orderId))
            .setQuery(WorkflowQuery.newBuilder().setQueryType(OrderWorkflow.STATUS_QUERY))
            .setQueryRejectCondition(QueryRejectCondition.QUERY_REJECT_CONDITION_NOT_OPEN)
            .build();
    try {
      QueryWorkflowResponse response = stub(queryDeadline).queryWorkflow(request);
      if (response.hasQueryRejected()) {
        return closed(orderId);
      }
      OrderLedger ledger =
          converter.fromPayloads(
              0, Optional.of(response.getQueryResult()), OrderLedger.class, OrderLedger.class);
      return Optional.of(new OrderSnapshot.Live(ledger));
    } catch (StatusRuntimeException failure) {
      if (Rpc.isNotFound(failure)) {
        return Optional.empty();
      }
    }
    return describe(orderId).map(m -> new OrderSnapshot.Visible(Visibility.summary(m)));
  }

  private Optional<OrderSnapshot> closed(String orderId) {
    Optional<HistoryEvent> close = closedRuns.closeEvent(orderId);
    Optional<OrderLedger> ledger = close.flatMap(closedRuns::ledger);
    if (ledger.isPresent()) {
      return Optional.of(new OrderSnapshot.Live(ledger.get()));
    }
    return describe(orderId).map(m -> closedRuns.ended(m, close));
  }

  @Override
  public OrderPage list(OrderFilter filter) {
    ListWorkflowExecutionsRequest.Builder request =
        ListWorkflowExecutionsRequest.newBuilder()
            .setNamespace(namespace)
            .setQuery(Visibility.query(filter))
            .setPageSize(filter.limit());
    filter
        .pageToken()
        .ifPresent(
            t -> request.setNextPageToken(ByteString.copyFrom(Base64.getUrlDecoder().decode(t))));
    try {
      return page(stub(rpcDeadline).listWorkflowExecutions(request.build()), converter);
    } catch (StatusRuntimeException failure) {
      Status.Code code = Rpc.code(failure);
      if (code == Status.Code.INVALID_ARGUMENT
          || (code == Status.Code.UNKNOWN && filter.pageToken().isPresent())) {
        throw ApiProblem.invalidPageToken("Temporal refused the listing: " + failure.getMessage());
      }
      throw Rpc.translate(failure);
    }
  }

  /** A listing response as an {@link OrderPage}; the next token is URL-safe base64. */
  static OrderPage page(ListWorkflowExecutionsResponse response, DataConverter converter) {
    var orders =
        response.getExecutionsList().stream()
            .map(info -> Visibility.summary(new WorkflowExecutionMetadata(info, converter)))
            .toList();
    ByteString next = response.getNextPageToken();
    String token =
        next.isEmpty()
            ? null
            : Base64.getUrlEncoder().withoutPadding().encodeToString(next.toByteArray());
    return new OrderPage(orders, token);
  }

  /**
   * A cancel of an order that is over answers like the accepted cancel when that cancel is why it
   * is over (it ended CANCELLED); the workflow itself accepts a repeat while it undoes the order.
   */
  @Override
  public OrderLedger cancel(String orderId, String reason) {
    return updates
        .send(orderId, OrderUpdate.CANCEL, new CancelRequest(reason))
        .orElseGet(() -> whenOver(orderId, ledger -> ledger.status() == OrderStatus.CANCELLED));
  }

  @Override
  public OrderLedger retryCompensation(String orderId) {
    return updates
        .send(orderId, OrderUpdate.RETRY_COMPENSATION, null)
        .orElseGet(() -> whenOver(orderId, ledger -> false));
  }

  @Override
  public OrderLedger review(String orderId, ReviewDecision decision) {
    return updates
        .send(orderId, OrderUpdate.REVIEW, decision)
        .orElseGet(() -> whenOver(orderId, ledger -> false));
  }

  /**
   * A workflow that takes no Update never existed (404), or is over: its final ledger when it shows
   * the Update applied, a refusal (409) otherwise.
   */
  private OrderLedger whenOver(String orderId, Predicate<OrderLedger> alreadyDone) {
    Optional<HistoryEvent> close = closedRuns.closeEvent(orderId);
    Optional<OrderLedger> ledger = close.flatMap(closedRuns::ledger);
    if (ledger.isPresent() && alreadyDone.test(ledger.get())) {
      return ledger.get();
    }
    if (ledger.isPresent()) {
      throw ApiProblem.orderRefused("order " + orderId + " is already " + ledger.get().status());
    }
    throw describe(orderId)
        .<RuntimeException>map(
            m ->
                ApiProblem.orderRefused(
                    "order " + orderId + " is already " + Visibility.summary(m).status()))
        .orElseGet(() -> ApiProblem.orderNotFound(orderId));
  }

  /**
   * Signals the order with a request id derived from the event id, so Temporal itself drops a
   * redelivery of the same event to the same run: no history event, no workflow task, across API
   * restarts and replicas.
   */
  @Override
  public boolean notifyPayment(String orderId, PaymentNotice notice) {
    SignalWorkflowExecutionRequest.Builder request =
        SignalWorkflowExecutionRequest.newBuilder()
            .setNamespace(namespace)
            .setWorkflowExecution(execution(orderId))
            .setSignalName(OrderWorkflow.PAYMENT_SIGNAL)
            .setIdentity(client.getOptions().getIdentity())
            .setRequestId(signalRequestId(notice.eventId()));
    converter.toPayloads(notice).ifPresent(request::setInput);
    try {
      stub(rpcDeadline).signalWorkflowExecution(request.build());
      return true;
    } catch (StatusRuntimeException failure) {
      if (Rpc.isNotFound(failure)) {
        return false;
      }
      if (Rpc.mayHaveApplied(failure)) {
        throw ApiProblem.outcomeUnknown(
            "Order "
                + orderId
                + " was told of payment event "
                + notice.eventId()
                + " without confirmation. Redeliver it: a repeat of the same event is dropped.",
            failure);
      }
      throw Rpc.translate(failure);
    }
  }

  /** The signal request id of a payment event: the same for every delivery of it. */
  static String signalRequestId(String eventId) {
    return UUID.nameUUIDFromBytes(
            ("payment-event:" + eventId).getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .toString();
  }

  private Optional<WorkflowExecutionMetadata> describe(String orderId) {
    DescribeWorkflowExecutionRequest request =
        DescribeWorkflowExecutionRequest.newBuilder()
            .setNamespace(namespace)
            .setExecution(execution(orderId))
            .build();
    try {
      var response = stub(rpcDeadline).describeWorkflowExecution(request);
      return Optional.of(
          new WorkflowExecutionMetadata(response.getWorkflowExecutionInfo(), converter));
    } catch (StatusRuntimeException failure) {
      if (Rpc.isNotFound(failure)) {
        return Optional.empty();
      }
      throw Rpc.translate(failure);
    }
  }

  private static WorkflowExecution execution(String orderId) {
    return WorkflowExecution.newBuilder().setWorkflowId(OrderIds.workflowId(orderId)).build();
  }

  private WorkflowServiceBlockingStub stub(Duration deadline) {
    return client
        .getWorkflowServiceStubs()
        .blockingStub()
        .withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS);
  }
}
