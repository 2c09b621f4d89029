package dev.ordersaga.order;

import static dev.ordersaga.order.steps.ActivityTypes.RESERVE_STOCK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.steps.ActivityTypes;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrderRetryTest {
  private final SagaHarness saga = new SagaHarness();

  @AfterEach
  void stop() {
    saga.close();
  }

  @Test
  void transientFailureIsRetriedWithGrowingBackoffThenSucceeds() {
    saga.script.failTransiently(RESERVE_STOCK, 3);

    OrderLedger ledger = saga.run(SagaHarness.order("r-1"));

    assertThat(ledger.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(saga.script.calls())
        .filteredOn(call -> call.activityType().equals(RESERVE_STOCK))
        .extracting(StepScript.Call::attempt)
        .containsExactly(1, 2, 3, 4);
    List<Long> calledAt =
        saga.script.calls().stream()
            .filter(call -> call.activityType().equals(RESERVE_STOCK))
            .map(StepScript.Call::calledAtMillis)
            .toList();
    assertThat(calledAt.get(1) - calledAt.get(0)).isBetween(900L, 1_500L);
    assertThat(calledAt.get(2) - calledAt.get(1)).isBetween(1_900L, 2_500L);
    assertThat(calledAt.get(3) - calledAt.get(2)).isBetween(3_900L, 4_500L);
  }

  @Test
  void nonRetryableRefusalIsNotRetried() {
    saga.script.refuse(RESERVE_STOCK, OrderFailureTypes.OUT_OF_STOCK);

    saga.run(SagaHarness.order("r-2"));

    assertThat(saga.script.count(RESERVE_STOCK)).isEqualTo(1);
  }

  @Test
  void providerOutageOfSeveralMinutesDelaysButDoesNotFailTheOrder() {
    saga.script.breakDown(ActivityTypes.REQUEST_PAYMENT);
    OrderWorkflow order = saga.start(SagaHarness.order("r-3"));

    saga.env().sleep(Duration.ofMinutes(10));
    assertThat(order.status().status()).isEqualTo(OrderStatus.INVENTORY_RESERVED);
    saga.script.repair(ActivityTypes.REQUEST_PAYMENT);

    assertThat(saga.result(order).status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(saga.script.count(ActivityTypes.REQUEST_PAYMENT)).isBetween(8L, 20L);
  }
}
