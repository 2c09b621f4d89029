package dev.ordersaga.api.temporal;

import dev.ordersaga.api.orders.OrderSnapshot;
import dev.ordersaga.order.OrderIds;
import dev.ordersaga.order.OrderLedger;
import dev.ordersaga.order.OrderSearchAttributes;
import io.grpc.StatusRuntimeException;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.HistoryEventFilterType;
import io.temporal.api.failure.v1.Failure;
import io.temporal.api.history.v1.History;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryRequest;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc.WorkflowServiceBlockingStub;
import io.temporal.client.WorkflowExecutionMetadata;
import io.temporal.common.converter.DataConverter;
import io.temporal.failure.TemporalFailure;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How an order's closed run ended, read from its close event alone: the ledger it returned, or what
 * stopped it when the saga did not finish (no worker is needed for either).
 */
final class ClosedRuns {
  private final String namespace;
  private final DataConverter converter;
  private final Supplier<WorkflowServiceBlockingStub> stub;

  /**
   * @param stub a blocking stub with the RPC deadline, one per call
   */
  ClosedRuns(
      String namespace, DataConverter converter, Supplier<WorkflowServiceBlockingStub> stub) {
    this.namespace = namespace;
    this.converter = converter;
    this.stub = stub;
  }

  /**
   * The close event of the order's current run; empty when there is no such order or it still runs.
   */
  Optional<HistoryEvent> closeEvent(String orderId) {
    GetWorkflowExecutionHistoryRequest request =
        GetWorkflowExecutionHistoryRequest.newBuilder()
            .setNamespace(namespace)
            .setExecution(
                WorkflowExecution.newBuilder().setWorkflowId(OrderIds.workflowId(orderId)))
            .setHistoryEventFilterType(HistoryEventFilterType.HISTORY_EVENT_FILTER_TYPE_CLOSE_EVENT)
            .build();
    try {
      History history = stub.get().getWorkflowExecutionHistory(request).getHistory();
      int count = history.getEventsCount();
      return count == 0 ? Optional.empty() : Optional.of(history.getEvents(count - 1));
    } catch (StatusRuntimeException failure) {
      if (Rpc.isNotFound(failure)) {
        return Optional.empty();
      }
      throw Rpc.translate(failure);
    }
  }

  /** The ledger the saga returned, when the run completed; empty when it ended otherwise. */
  Optional<OrderLedger> ledger(HistoryEvent close) {
    if (!close.hasWorkflowExecutionCompletedEventAttributes()) {
      return Optional.empty();
    }
    return Optional.of(
        converter.fromPayloads(
            0,
            Optional.of(close.getWorkflowExecutionCompletedEventAttributes().getResult()),
            OrderLedger.class,
            OrderLedger.class));
  }

  /** A run that ended outside the saga, as visibility shows it and with what stopped it. */
  OrderSnapshot.Ended ended(WorkflowExecutionMetadata execution, Optional<HistoryEvent> close) {
    String lastStatus =
        execution.getTypedSearchAttributes().get(OrderSearchAttributes.ORDER_STATUS);
    return new OrderSnapshot.Ended(
        Visibility.summary(execution),
        "the workflow run "
            + close.map(this::what).orElse("ended")
            + " while the order was "
            + lastStatus
            + "; steps already done were not undone");
  }

  private String what(HistoryEvent close) {
    if (close.hasWorkflowExecutionTerminatedEventAttributes()) {
      String reason = close.getWorkflowExecutionTerminatedEventAttributes().getReason();
      return reason.isBlank() ? "was terminated" : "was terminated (" + reason + ")";
    }
    if (close.hasWorkflowExecutionTimedOutEventAttributes()) {
      return "timed out";
    }
    if (close.hasWorkflowExecutionFailedEventAttributes()) {
      return "failed ("
          + message(close.getWorkflowExecutionFailedEventAttributes().getFailure())
          + ")";
    }
    if (close.hasWorkflowExecutionCanceledEventAttributes()) {
      return "was cancelled in Temporal";
    }
    return "ended (" + close.getEventType() + ")";
  }

  /** A failure's message, decrypted: the stored one reads "Encoded failure". */
  private String message(Failure failure) {
    RuntimeException decoded = converter.failureToException(failure);
    return decoded instanceof TemporalFailure temporal
        ? temporal.getOriginalMessage()
        : decoded.getMessage();
  }
}
