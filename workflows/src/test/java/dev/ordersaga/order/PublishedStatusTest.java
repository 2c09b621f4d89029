package dev.ordersaga.order;

import static dev.ordersaga.order.steps.ActivityTypes.COMPLETE_RECORD;
import static dev.ordersaga.order.steps.ActivityTypes.NOTIFY_MERCHANT;
import static dev.ordersaga.order.steps.ActivityTypes.REQUEST_PAYMENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.steps.PaymentState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code OrderStatus} search attribute: upserted only when the status it shows ({@link
 * OrderStatus#published()}) changes, while the ledger keeps every status.
 */
class PublishedStatusTest {
  private final SagaHarness saga = new SagaHarness();

  @AfterEach
  void stop() {
    saga.close();
  }

  @Test
  void aHappyPathOrderUpsertsThreeStatuses() {
    OrderRequest order = SagaHarness.order("pub-1");

    saga.result(saga.startAsTheApiDoes(order));

    assertThat(saga.upsertedStatuses("pub-1"))
        .containsExactly("AWAITING_PAYMENT", "PAID", "COMPLETED");
  }

  @Test
  void whileThePaymentIsRequestedTheOrderIsListedAsPending() {
    saga.script.holdAt(REQUEST_PAYMENT);
    OrderWorkflow order = saga.startAsTheApiDoes(SagaHarness.order("pub-2"));

    saga.awaitLedger(order, ledger -> ledger.status() == OrderStatus.INVENTORY_RESERVED);

    assertThat(statusAttribute("pub-2")).isEqualTo("PENDING");
    saga.script.open(REQUEST_PAYMENT);
    saga.result(order);
  }

  @Test
  void aShippedOrderIsListedAsPaidUntilItCompletes() {
    saga.script.holdAt(NOTIFY_MERCHANT);
    OrderWorkflow order = saga.startAsTheApiDoes(SagaHarness.order("pub-3"));

    saga.awaitLedger(order, ledger -> ledger.status() == OrderStatus.SHIPPED);

    assertThat(statusAttribute("pub-3")).isEqualTo("PAID");
    saga.script.open(NOTIFY_MERCHANT);
    assertThat(saga.result(order).status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(statusAttribute("pub-3")).isEqualTo("COMPLETED");
  }

  @Test
  void aResumedOrderLeavesNeedsAttentionForPaid() {
    saga.script.refuse(COMPLETE_RECORD, "Rejected");
    OrderWorkflow order = saga.startAsTheApiDoes(SagaHarness.order("pub-4"));
    saga.awaitLedger(order, ledger -> ledger.status() == OrderStatus.NEEDS_ATTENTION);
    saga.script.holdAt(COMPLETE_RECORD).allow(COMPLETE_RECORD);

    order.resume();
    saga.awaitLedger(order, ledger -> ledger.status() == OrderStatus.SHIPPED);

    assertThat(statusAttribute("pub-4")).isEqualTo("PAID");
    saga.script.open(COMPLETE_RECORD);
    saga.result(order);
    assertThat(saga.upsertedStatuses("pub-4"))
        .containsExactly("AWAITING_PAYMENT", "PAID", "NEEDS_ATTENTION", "PAID", "COMPLETED");
  }

  @Test
  void aDeclinedOrderPublishesItsUndoAndItsEnd() {
    saga.script.pollEndsWith(PaymentState.DECLINED);

    saga.result(saga.startAsTheApiDoes(SagaHarness.order("pub-5")));

    assertThat(saga.upsertedStatuses("pub-5"))
        .containsExactly("AWAITING_PAYMENT", "COMPENSATING", "FAILED");
  }

  @Test
  void everyStatusIsPublishedAsOneTheSearchAttributeCanTake() {
    for (OrderStatus status : OrderStatus.values()) {
      assertThat(OrderStatus.PUBLISHED).contains(status.published());
    }
    assertThat(OrderStatus.PUBLISHED)
        .doesNotContain(OrderStatus.INVENTORY_RESERVED, OrderStatus.SHIPPED);
  }

  private String statusAttribute(String orderId) {
    return saga.searchAttributes(orderId).get(OrderSearchAttributes.ORDER_STATUS);
  }
}
