package dev.ordersaga.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.samples.SampleOrders;
import dev.ordersaga.order.steps.ActivityTypes;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.common.converter.DefaultDataConverter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each step's input holds only what its downstream call needs. */
class LeastDataTest {
  private static final String TOKEN = "tok_ok";
  private static final List<String> ADDRESS =
      List.of(
          SampleOrders.ADDRESS.name(),
          SampleOrders.ADDRESS.line1(),
          SampleOrders.ADDRESS.postalCode());

  private final SagaHarness saga = new SagaHarness();

  @AfterEach
  void stop() {
    saga.close();
  }

  @Test
  void theRecordSystemGetsNeitherAddressNorToken() {
    String input = inputs("least-1").get(ActivityTypes.OPEN_RECORD);

    assertThat(input).contains("c-42", "SKU-1").doesNotContain(ADDRESS).doesNotContain(TOKEN);
  }

  @Test
  void shippingGetsTheAddressButNotTheToken() {
    String input = inputs("least-2").get(ActivityTypes.CREATE_SHIPMENT);

    assertThat(input).contains(ADDRESS).doesNotContain(TOKEN);
  }

  @Test
  void onlyPaymentGetsTheToken() {
    Map<String, String> inputs = inputs("least-3");

    assertThat(inputs)
        .allSatisfy(
            (type, input) ->
                assertThat(input.contains(TOKEN))
                    .as(type)
                    .isEqualTo(type.equals(ActivityTypes.REQUEST_PAYMENT)));
  }

  @Test
  void theLedgerHoldsNoAddressOrToken() {
    OrderLedger ledger = saga.run(SagaHarness.order("least-4"));

    String json =
        DefaultDataConverter.STANDARD_INSTANCE
            .toPayload(ledger)
            .orElseThrow()
            .getData()
            .toStringUtf8();
    assertThat(json).doesNotContain(ADDRESS).doesNotContain(TOKEN);
  }

  @Test
  void theSearchAttributesHoldNoAddressOrToken() {
    saga.run(SagaHarness.order("least-5"));

    String attributes = saga.searchAttributes("least-5").getUntypedValues().values().toString();

    assertThat(attributes).contains("c-42").doesNotContain(ADDRESS).doesNotContain(TOKEN);
  }

  /** The input of each activity type the order scheduled, as JSON text. */
  private Map<String, String> inputs(String orderId) {
    saga.run(SagaHarness.order(orderId));
    return saga.client().fetchHistory(OrderIds.workflowId(orderId)).getEvents().stream()
        .filter(HistoryEvent::hasActivityTaskScheduledEventAttributes)
        .map(HistoryEvent::getActivityTaskScheduledEventAttributes)
        .collect(
            Collectors.toMap(
                scheduled -> scheduled.getActivityType().getName(),
                scheduled -> scheduled.getInput().toString(),
                (first, second) -> first + second));
  }
}
