package dev.ordersaga.api.resources;

import static dev.ordersaga.api.ApiResources.OPERATOR;
import static dev.ordersaga.api.ApiResources.ORDER;
import static dev.ordersaga.api.ApiResources.SERVICE;
import static dev.ordersaga.api.ApiResources.as;
import static dev.ordersaga.api.ApiResources.json;
import static dev.ordersaga.api.resources.OrdersResourceTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordersaga.api.ApiResources;
import dev.ordersaga.api.FakeOrders;
import dev.ordersaga.api.Ledgers;
import dev.ordersaga.api.backpressure.Backpressure;
import dev.ordersaga.api.errors.ApiProblem;
import dev.ordersaga.api.metrics.OrderMetrics;
import dev.ordersaga.api.orders.OrderSnapshot;
import dev.ordersaga.api.orders.OrderSummary;
import dev.ordersaga.api.orders.Submission;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the orders resource says when the truth is not a plain success. */
@ExtendWith(DropwizardExtensionsSupport.class)
class OrdersResourceTruthTest {
  private static final FakeOrders orders = new FakeOrders();
  private static final FakeOrders keyedOrders = new FakeOrders();

  static final ResourceExtension resources = resource(orders, false);
  static final ResourceExtension keyRequired = resource(keyedOrders, true);

  private static ResourceExtension resource(FakeOrders orders, boolean requireKey) {
    return ApiResources.of(
        new OrdersResource(
            orders,
            Backpressure.none(),
            new OrderMetrics(new SimpleMeterRegistry()),
            Duration.ofSeconds(2),
            ApiResources.limits(),
            requireKey));
  }

  @BeforeEach
  void reset() {
    orders.submitted.clear();
    keyedOrders.submitted.clear();
    orders.onSubmit = o -> new Submission(o.orderId(), true);
    orders.onCancel = Ledgers::pending;
  }

  private static void startsWithoutConfirmation() {
    orders.onSubmit =
        o -> {
          throw ApiProblem.outcomeUnknown("DEADLINE_EXCEEDED", null);
        };
  }

  @Test
  void aStartTemporalMayHaveReceivedIs503SayingSoAndToRetryWithTheSameKey() {
    startsWithoutConfirmation();

    Response response =
        as(resources, "/orders", SERVICE).header("Idempotency-Key", "cart-1").post(json(ORDER));

    JsonNode problem = assertProblem(response, 503);
    assertThat(response.getHeaderString("Retry-After")).isNotBlank();
    assertThat(problem.get("type").asText()).isEqualTo("/problems/outcome-unknown");
    assertThat(problem.get("detail").asText())
        .contains("may have been placed")
        .contains("same Idempotency-Key")
        .doesNotContain("nothing was changed");
  }

  @Test
  void aKeylessStartWhoseOutcomeIsUnknownNamesTheOrderToLookUp() {
    startsWithoutConfirmation();

    JsonNode problem = assertProblem(as(resources, "/orders", SERVICE).post(json(ORDER)), 503);

    assertThat(problem.get("detail").asText())
        .containsPattern("GET /orders/[0-9a-f-]{36} tells whether it was")
        .contains("send one");
  }

  @Test
  void aCancelTemporalRefusesForNowIs503OrderBusySayingNothingWasApplied() {
    orders.onCancel =
        id -> {
          throw ApiProblem.orderBusy("Temporal did not take the cancel of order " + id, null);
        };

    Response response = as(resources, "/orders/o-1/cancel", SERVICE).post(json("{}"));

    JsonNode problem = assertProblem(response, 503);
    assertThat(response.getHeaderString("Retry-After")).isNotBlank();
    assertThat(problem.get("type").asText()).isEqualTo("/problems/order-busy");
    assertThat(problem.get("detail").asText()).contains("cancel of order o-1");
  }

  @Test
  void theSameIdempotencyKeyNamesAnotherOrderForAnotherCaller() {
    String service = orderIdPlacedAs(SERVICE, "shared-key");
    String operator = orderIdPlacedAs(OPERATOR, "shared-key");

    assertThat(service).isNotEqualTo(operator).startsWith("k-");
    assertThat(orderIdPlacedAs(SERVICE, "shared-key")).isEqualTo(service);
  }

  private static String orderIdPlacedAs(String token, String key) {
    return as(resources, "/orders", token)
        .header("Idempotency-Key", key)
        .post(json(ORDER))
        .readEntity(JsonNode.class)
        .get("orderId")
        .asText();
  }

  @Test
  void anOrderWhoseRunWasTerminatedShowsItFinishedAndWhy() {
    orders.onFind =
        id ->
            Optional.of(
                new OrderSnapshot.Ended(
                    new OrderSummary(
                        id,
                        OrderSnapshot.Ended.STATUS,
                        "c-42",
                        "44.98",
                        "USD",
                        "TERMINATED",
                        Instant.parse("2025-01-01T12:00:00Z"),
                        Instant.parse("2025-01-01T12:05:00Z")),
                    "the workflow run was terminated (stuck) while the order was PENDING"));

    JsonNode body = as(resources, "/orders/o-1", SERVICE).get(JsonNode.class);

    assertThat(body.get("status").asText()).isEqualTo("TERMINATED");
    assertThat(body.get("finished").asBoolean()).isTrue();
    assertThat(body.get("execution").asText()).isEqualTo("TERMINATED");
    assertThat(body.get("statusReason").asText()).contains("terminated (stuck)");
    assertThat(body.get("stale").asBoolean()).isFalse();
  }

  @Test
  void aSubmitWithoutAKeyIs422NamingItWhenKeysAreRequired() {
    Response response = as(keyRequired, "/orders", SERVICE).post(json(ORDER));

    assertThat(assertProblem(response, 422).at("/errors/0/field").asText())
        .isEqualTo("Idempotency-Key");
    assertThat(keyedOrders.submitted).isEmpty();
  }

  @Test
  void aSubmitWithAKeyIsAcceptedWhenKeysAreRequired() {
    Response response =
        as(keyRequired, "/orders", SERVICE).header("Idempotency-Key", "cart-2").post(json(ORDER));

    assertThat(response.getStatus()).isEqualTo(202);
  }
}
