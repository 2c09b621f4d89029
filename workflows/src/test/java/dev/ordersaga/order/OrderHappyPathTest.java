package dev.ordersaga.order;

import static dev.ordersaga.order.steps.ActivityTypes.ASSESS_RISK;
import static dev.ordersaga.order.steps.ActivityTypes.COMPLETE_RECORD;
import static dev.ordersaga.order.steps.ActivityTypes.RESERVE_STOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.common.SearchAttributes;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrderHappyPathTest {
  private final SagaHarness saga = new SagaHarness();

  @AfterEach
  void stop() {
    saga.close();
  }

  @Test
  void runsEveryStepOnceInFlowOrderAndCompletes() {
    OrderLedger ledger = saga.run(SagaHarness.order("o-1"));

    assertThat(ledger.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(saga.script.activityTypes())
        .containsExactlyElementsOf(Arrays.stream(Step.values()).map(Step::activityType).toList());
  }

  @Test
  void ledgerShowsEveryStepDoneWithOneAttemptAndTimestamps() {
    OrderLedger ledger = saga.run(SagaHarness.order("o-2"));

    assertThat(ledger.steps()).hasSize(Step.values().length);
    assertThat(ledger.steps())
        .allSatisfy(
            entry -> {
              assertThat(entry.state()).isEqualTo(StepState.DONE);
              assertThat(entry.attempts()).isEqualTo(1);
              assertThat(entry.lastFailure()).isNull();
              assertThat(entry.startedAt()).isNotNull();
              assertThat(entry.finishedAt()).isAfterOrEqualTo(entry.startedAt());
            });
    assertThat(ledger.total()).isEqualByComparingTo("44.98");
    assertThat(ledger.paymentId()).isEqualTo("pay-o-2");
    assertThat(ledger.shipmentId()).isEqualTo("shp-o-2");
    assertThat(ledger.merchantNotified()).isTrue();
  }

  @Test
  void schedulesEachActivityOnItsOwnStepQueue() {
    saga.run(SagaHarness.order("o-3"));

    Map<String, String> queueByActivity =
        saga.client().fetchHistory(OrderIds.workflowId("o-3")).getEvents().stream()
            .filter(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
            .map(HistoryEvent::getActivityTaskScheduledEventAttributes)
            .collect(
                Collectors.toMap(
                    a -> a.getActivityType().getName(), a -> a.getTaskQueue().getName()));
    assertThat(queueByActivity)
        .containsExactlyInAnyOrderEntriesOf(
            Arrays.stream(Step.values())
                .collect(Collectors.toMap(Step::activityType, Step::taskQueue)));
    assertThat(queueByActivity).containsEntry(ASSESS_RISK, TaskQueues.RISK);
  }

  @Test
  void eachScheduledActivityCarriesItsBusinessStepAsSummary() {
    saga.run(SagaHarness.order("o-7"));

    Map<String, String> summaryByActivity =
        saga.client().fetchHistory(OrderIds.workflowId("o-7")).getEvents().stream()
            .filter(e -> e.getEventType() == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED)
            .collect(
                Collectors.toMap(
                    e -> e.getActivityTaskScheduledEventAttributes().getActivityType().getName(),
                    e -> e.getUserMetadata().getSummary().getData().toStringUtf8()));
    assertThat(summaryByActivity)
        .containsEntry(RESERVE_STOCK, "\"2. reserve stock\"")
        .containsEntry(ASSESS_RISK, "\"3. screen for fraud\"")
        .containsEntry(COMPLETE_RECORD, "\"9. complete the order record\"");
  }

  @Test
  void sendsBusinessIdempotencyKeysOrderIdColonStep() {
    saga.run(SagaHarness.order("o-4"));

    assertThat(saga.script.calls())
        .filteredOn(call -> call.idempotencyKey() != null)
        .extracting(StepScript.Call::idempotencyKey)
        .containsExactly(
            "o-4:open-record",
            "o-4:reserve-stock",
            "o-4:screen-fraud",
            "o-4:request-payment",
            "o-4:commit-stock",
            "o-4:create-shipment",
            "o-4:notify-merchant",
            "o-4:complete-record");
  }

  @Test
  void publishesStatusCustomerTotalAndSkusAsSearchAttributes() {
    saga.run(SagaHarness.order("o-5"));

    SearchAttributes attributes = saga.searchAttributes("o-5");
    assertThat(attributes.get(OrderSearchAttributes.ORDER_STATUS)).isEqualTo("COMPLETED");
    assertThat(attributes.get(OrderSearchAttributes.CUSTOMER_ID)).isEqualTo("c-42");
    assertThat(attributes.get(OrderSearchAttributes.SKUS)).containsExactly("SKU-1", "SKU-2");
    assertThat(BigDecimal.valueOf(attributes.get(OrderSearchAttributes.ORDER_TOTAL)))
        .isEqualByComparingTo("44.98");
  }
}
