package dev.ordersaga.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChaosBooksTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COMPLETED_ORDER =
      """
      "a":{"stock.reserve":1,"stock.commit":1,"payment.charge":1,"shipment.create":1,"risk.assess":1}""";

  @Test
  void rightBooksBreakNoRule() throws Exception {
    ChaosBooks books =
        books(
            """
            {"inventory":{"S":{"available":1,"reserved":0,"sold":1}},
             "payments":[{"orderId":"a","status":"SUCCEEDED"},{"orderId":"b","status":"REFUNDED"}],
             "effects":{%s,
               "b":{"stock.reserve":1,"stock.release":1,"payment.charge":1,"payment.refund":1}}}
            """
                .formatted(COMPLETED_ORDER),
            Map.of("a", "COMPLETED", "b", "FAILED"));

    assertThat(books.violations()).isEmpty();
    assertThat(books.summary("")).startsWith("chaos PASSED: orders 2: completed 1, failed 1");
  }

  @Test
  void aChargeTwiceAndAChargeKeptByAFailedOrderAreBothNamed() throws Exception {
    ChaosBooks books =
        books(
            """
            {"inventory":{"S":{"available":1,"reserved":0,"sold":1}},
             "payments":[{"orderId":"a","status":"SUCCEEDED"},{"orderId":"b","status":"SUCCEEDED"}],
             "effects":{"a":{"stock.reserve":1,"stock.commit":1,"payment.charge":2,
                             "shipment.create":1,"risk.assess":1},
               "b":{"stock.reserve":1,"stock.release":1,"payment.charge":1}}}
            """,
            Map.of("a", "COMPLETED", "b", "FAILED"));

    assertThat(books.violations())
        .containsExactlyInAnyOrder(
            "a payment.charge 2x",
            "a COMPLETED without exactly one payment.charge",
            "b FAILED keeps a payment SUCCEEDED");
  }

  @Test
  void anOrderThatDidNotEndAndUnbalancedStockAreNamed() throws Exception {
    ChaosBooks books =
        books(
            """
            {"inventory":{"S":{"available":0,"reserved":1,"sold":1}},
             "payments":[{"orderId":"a","status":"SUCCEEDED"}],
             "effects":{%s,"b":{"stock.reserve":1}}}
            """
                .formatted(COMPLETED_ORDER),
            Map.of("a", "COMPLETED", "b", "RUNNING"));

    assertThat(books.violations())
        .contains(
            "b did not end: RUNNING",
            "b RUNNING keeps a reservation",
            "stock of S: available 0 + reserved 1 + sold 1, started with 2, 1 orders completed");
  }

  private static ChaosBooks books(String state, Map<String, String> statuses) throws Exception {
    JsonNode node = JSON.readTree(state);
    return new ChaosBooks(node, statuses, "S", 2, statuses.size(), statuses.size());
  }
}
