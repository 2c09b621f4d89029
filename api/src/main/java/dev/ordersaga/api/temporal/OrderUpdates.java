package dev.ordersaga.api.temporal;

import dev.ordersaga.api.errors.ApiProblem;
import dev.ordersaga.order.OrderFailureTypes;
import dev.ordersaga.order.OrderIds;
import dev.ordersaga.order.OrderLedger;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.UpdateWorkflowExecutionLifecycleStage;
import io.temporal.api.update.v1.Input;
import io.temporal.api.update.v1.Meta;
import io.temporal.api.update.v1.Outcome;
import io.temporal.api.update.v1.Request;
import io.temporal.api.update.v1.WaitPolicy;
import io.temporal.api.workflowservice.v1.UpdateWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.UpdateWorkflowExecutionResponse;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc.WorkflowServiceBlockingStub;
import io.temporal.common.converter.DataConverter;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * An order's Updates, each sent as one {@code UpdateWorkflowExecution} call that waits for the
 * Update's result at most the RPC deadline. The deadline is the call's own, so the call ends there
 * on both sides: nothing in the API keeps waiting for a worker after the answer. (The SDK's
 * blocking Update re-polls a minute at a time until a worker accepts it, and retries
 * RESOURCE_EXHAUSTED with back-off sleeps that no deadline of its caller cuts short.) An Update
 * Temporal admitted may still be applied after the call ended, or be aborted by Temporal when no
 * worker takes it: every {@link OrderUpdate} is safe to repeat.
 */
final class OrderUpdates {
  private static final WaitPolicy UNTIL_COMPLETED =
      WaitPolicy.newBuilder()
          .setLifecycleStage(
              UpdateWorkflowExecutionLifecycleStage
                  .UPDATE_WORKFLOW_EXECUTION_LIFECYCLE_STAGE_COMPLETED)
          .build();

  private final Supplier<WorkflowServiceBlockingStub> stub;
  private final DataConverter converter;
  private final String namespace;
  private final String identity;
  private final Duration deadline;

  /**
   * @param stub a blocking stub whose deadline is {@code deadline}, new for each call
   */
  OrderUpdates(
      Supplier<WorkflowServiceBlockingStub> stub,
      DataConverter converter,
      String namespace,
      String identity,
      Duration deadline) {
    this.stub = stub;
    this.converter = converter;
    this.namespace = namespace;
    this.identity = identity;
    this.deadline = deadline;
  }

  /**
   * Sends the Update of the order and waits for its result.
   *
   * @param argument the Update's one argument, or null when it takes none
   * @return the ledger the Update answered; empty when the order takes no Update (it is over, or
   *     never existed)
   * @throws ApiProblem {@link ApiProblem#orderRefused} when the order refused the Update; {@link
   *     ApiProblem#outcomeUnknown} when Temporal did not confirm the Update: no result within the
   *     deadline, or the call failed on the way; {@link ApiProblem#orderBusy} when Temporal refused
   *     the Update for now (nothing applied): as many Updates of the order wait for its worker as
   *     it admits; {@link ApiProblem#temporalUnavailable} when Temporal could not be asked
   */
  Optional<OrderLedger> send(String orderId, OrderUpdate update, Object argument) {
    UpdateWorkflowExecutionResponse response;
    try {
      response = stub.get().updateWorkflowExecution(request(orderId, update, argument));
    } catch (StatusRuntimeException failure) {
      if (Rpc.isNotFound(failure)) {
        return Optional.empty();
      }
      if (Rpc.mayHaveApplied(failure)) {
        throw unanswered(orderId, update, describe(failure), failure);
      }
      if (Rpc.code(failure) == Status.Code.RESOURCE_EXHAUSTED) {
        throw ApiProblem.orderBusy(
            "Temporal did not take the "
                + update.label()
                + " of order "
                + orderId
                + " for now ("
                + failure.getStatus().getDescription()
                + "): nothing was applied. Retry later.",
            failure);
      }
      throw Rpc.translate(failure);
    }
    if (!response.hasOutcome()) {
      throw unanswered(orderId, update, "no result within " + deadline, null);
    }
    return Optional.of(ledger(orderId, update, response.getOutcome()));
  }

  private UpdateWorkflowExecutionRequest request(
      String orderId, OrderUpdate update, Object argument) {
    Input.Builder input = Input.newBuilder().setName(update.updateName());
    if (argument != null) {
      converter.toPayloads(argument).ifPresent(input::setArgs);
    }
    return UpdateWorkflowExecutionRequest.newBuilder()
        .setNamespace(namespace)
        .setWorkflowExecution(
            WorkflowExecution.newBuilder().setWorkflowId(OrderIds.workflowId(orderId)))
        .setWaitPolicy(UNTIL_COMPLETED)
        .setRequest(
            Request.newBuilder()
                .setMeta(
                    Meta.newBuilder()
                        .setUpdateId(UUID.randomUUID().toString())
                        .setIdentity(identity))
                .setInput(input))
        .build();
  }

  private OrderLedger ledger(String orderId, OrderUpdate update, Outcome outcome) {
    if (outcome.hasFailure()) {
      RuntimeException failure = converter.failureToException(outcome.getFailure());
      if (failure instanceof ApplicationFailure refusal
          && OrderFailureTypes.UPDATE_REFUSED.equals(refusal.getType())) {
        throw ApiProblem.orderRefused(refusal.getOriginalMessage());
      }
      throw new IllegalStateException(
          "the " + update.label() + " of order " + orderId + " failed", failure);
    }
    return converter.fromPayloads(
        0, Optional.of(outcome.getSuccess()), OrderLedger.class, OrderLedger.class);
  }

  private String describe(StatusRuntimeException failure) {
    Status status = failure.getStatus();
    if (status.getCode() == Status.Code.DEADLINE_EXCEEDED) {
      return "no answer within " + deadline;
    }
    return status.getCode()
        + (status.getDescription() == null ? "" : ": " + status.getDescription());
  }

  private static ApiProblem unanswered(
      String orderId, OrderUpdate update, String why, Throwable failure) {
    return ApiProblem.outcomeUnknown(
        "Order "
            + orderId
            + " did not confirm the "
            + update.label()
            + " ("
            + why
            + "): it may have been accepted. Retrying it is safe: "
            + update.repeat()
            + ".",
        failure);
  }
}
