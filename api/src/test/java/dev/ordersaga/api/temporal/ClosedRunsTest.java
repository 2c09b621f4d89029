package dev.ordersaga.api.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.codec.PayloadEncryption;
import dev.ordersaga.order.OrderSearchAttributes;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.history.v1.WorkflowExecutionFailedEventAttributes;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.client.WorkflowExecutionMetadata;
import io.temporal.common.SearchAttributes;
import io.temporal.common.converter.DataConverter;
import io.temporal.failure.ApplicationFailure;
import io.temporal.internal.common.SearchAttributesUtil;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClosedRunsTest {
  private static final DataConverter ENCRYPTING =
      PayloadEncryption.converter(
          Map.of(
              "ORDER_SAGA_CODEC_KEYS", "k1:" + Base64.getEncoder().encodeToString(new byte[32])));

  @Test
  void aRunThatFailedOutsideTheSagaIsExplainedWithItsDecryptedMessage() {
    ClosedRuns closedRuns = new ClosedRuns("default", ENCRYPTING, () -> null);
    HistoryEvent failed =
        HistoryEvent.newBuilder()
            .setWorkflowExecutionFailedEventAttributes(
                WorkflowExecutionFailedEventAttributes.newBuilder()
                    .setFailure(
                        ENCRYPTING.exceptionToFailure(
                            ApplicationFailure.newFailure("worker lost its state", "Boom"))))
            .build();

    assertThat(failed.getWorkflowExecutionFailedEventAttributes().getFailure().getMessage())
        .doesNotContain("worker lost");
    assertThat(closedRuns.ended(execution(), Optional.of(failed)).reason())
        .isEqualTo(
            "the workflow run failed (worker lost its state) while the order was PAID;"
                + " steps already done were not undone");
  }

  private static WorkflowExecutionMetadata execution() {
    return new WorkflowExecutionMetadata(
        WorkflowExecutionInfo.newBuilder()
            .setExecution(WorkflowExecution.newBuilder().setWorkflowId("order-o-1").setRunId("r"))
            .setStatus(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_FAILED)
            .setSearchAttributes(
                SearchAttributesUtil.encodeTyped(
                    SearchAttributes.newBuilder()
                        .set(OrderSearchAttributes.ORDER_STATUS, "PAID")
                        .build()))
            .build(),
        ENCRYPTING);
  }
}
