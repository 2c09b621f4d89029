package dev.ordersaga.order;

import static dev.ordersaga.order.steps.ActivityTypes.CHECK_PAYMENT;
import static dev.ordersaga.order.steps.ActivityTypes.REQUEST_PAYMENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.steps.PaymentState;
import io.temporal.api.enums.v1.EventType;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What an order records beyond its steps: no start upsert the starter made needless, no check a
 * callback could not need.
 */
class LeanHistoryTest {
  private static final EventType UPSERT = EventType.EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES;
  private static final EventType SIGNALED = EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED;
  private static final EventType TASK_COMPLETED = EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED;

  private final SagaHarness saga = new SagaHarness();

  @AfterEach
  void stop() {
    saga.close();
  }

  @Test
  void anOrderStartedAsTheApiDoesUpsertsOnlyItsStatusChanges() {
    OrderRequest order = SagaHarness.order("lean-1");

    OrderLedger ledger = saga.result(saga.startAsTheApiDoes(order));

    assertThat(ledger.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(saga.events("lean-1", UPSERT)).as("AWAITING_PAYMENT, PAID, COMPLETED").isEqualTo(3);
    assertThat(saga.searchAttributes("lean-1").get(OrderSearchAttributes.SKUS))
        .containsExactly("SKU-1", "SKU-2");
  }

  @Test
  void anOrderStartedWithoutItsSearchAttributesStillPublishesAllFour() {
    saga.run(SagaHarness.order("lean-2"));

    assertThat(saga.events("lean-2", UPSERT)).isEqualTo(4);
    assertThat(saga.searchAttributes("lean-2").get(OrderSearchAttributes.CUSTOMER_ID))
        .isEqualTo("c-42");
    assertThat(saga.searchAttributes("lean-2").get(OrderSearchAttributes.SKUS))
        .isEqualTo(List.of("SKU-1", "SKU-2"));
  }

  @Test
  void aCallbackBeforeThePollIsScheduledRunsNoCheck() {
    saga.script.holdAt(REQUEST_PAYMENT).checkAnswers(PaymentState.SUCCEEDED);
    OrderWorkflow order = saga.startAsTheApiDoes(SagaHarness.order("lean-3"));
    saga.awaitLedger(order, ledger -> ledger.status() == OrderStatus.INVENTORY_RESERVED);

    order.paymentNotified(new PaymentNotice("pay-lean-3", "evt-early"));
    saga.awaitLedger(order, ledger -> signalHandled("lean-3"));
    saga.script.open(REQUEST_PAYMENT);

    assertThat(saga.result(order).status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(saga.script.count(CHECK_PAYMENT)).isZero();
  }

  /** Whether a workflow task completed after the signal was recorded. */
  private boolean signalHandled(String orderId) {
    List<EventType> types =
        saga.client().fetchHistory(OrderIds.workflowId(orderId)).getEvents().stream()
            .map(event -> event.getEventType())
            .toList();
    int signaled = types.indexOf(SIGNALED);
    return signaled >= 0 && types.subList(signaled, types.size()).contains(TASK_COMPLETED);
  }
}
