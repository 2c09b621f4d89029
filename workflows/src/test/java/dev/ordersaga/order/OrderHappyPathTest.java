package dev.ordersaga.order;

import static dev.ordersaga.order.steps.ActivityTypes.AWAIT_PAYMENT;
import static dev.ordersaga.order.steps.ActivityTypes.COMMIT_STOCK;
import static dev.ordersaga.order.steps.ActivityTypes.COMPLETE_RECORD;
import static dev.ordersaga.order.steps.ActivityTypes.CREATE_SHIPMENT;
import static dev.ordersaga.order.steps.ActivityTypes.NOTIFY_MERCHANT;
import static dev.ordersaga.order.steps.ActivityTypes.OPEN_RECORD;
import static dev.ordersaga.order.steps.ActivityTypes.REQUEST_PAYMENT;
import static dev.ordersaga.order.steps.ActivityTypes.RESERVE_STOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.common.SearchAttributes;
import java.math.BigDecimal;
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
        .containsExactly(
            OPEN_RECORD,
            RESERVE_STOCK,
            REQUEST_PAYMENT,
            AWAIT_PAYMENT,
            COMMIT_STOCK,
            CREATE_SHIPMENT,
            NOTIFY_MERCHANT,
            COMPLETE_RECORD);
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
            Map.of(
                OPEN_RECORD, TaskQueues.ORDER_RECORDS,
                RESERVE_STOCK, TaskQueues.INVENTORY,
                REQUEST_PAYMENT, TaskQueues.PAYMENTS,
                AWAIT_PAYMENT, TaskQueues.PAYMENT_STATUS,
                COMMIT_STOCK, TaskQueues.INVENTORY,
                CREATE_SHIPMENT, TaskQueues.SHIPPING,
                NOTIFY_MERCHANT, TaskQueues.NOTIFICATIONS,
                COMPLETE_RECORD, TaskQueues.ORDER_RECORDS));
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
        .containsEntry(COMPLETE_RECORD, "\"8. complete the order record\"");
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
