package dev.ordersaga.api.resources;

import static dev.ordersaga.api.ApiResources.OPERATOR;
import static dev.ordersaga.api.ApiResources.ORDER;
import static dev.ordersaga.api.ApiResources.SERVICE;
import static dev.ordersaga.api.ApiResources.as;
import static dev.ordersaga.api.ApiResources.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordersaga.api.ApiResources;
import dev.ordersaga.api.FakeOrders;
import dev.ordersaga.api.Ledgers;
import dev.ordersaga.api.backpressure.Admission;
import dev.ordersaga.api.errors.ApiProblem;
import dev.ordersaga.api.errors.Problem;
import dev.ordersaga.api.metrics.OrderMetrics;
import dev.ordersaga.api.orders.OrderPage;
import dev.ordersaga.api.orders.OrderSnapshot;
import dev.ordersaga.api.orders.OrderSummary;
import dev.ordersaga.api.orders.Submission;
import dev.ordersaga.order.OrderStatus;
import dev.ordersaga.order.ReviewDecision;
import dev.ordersaga.order.Step;
import dev.ordersaga.secrets.PublishedSecrets;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(DropwizardExtensionsSupport.class)
class OrdersResourceTest {
  private static final String REVIEW = "{\"decision\": \"approve\", \"reason\": \"checked\"}";
  private static final FakeOrders orders = new FakeOrders();
  private static final AtomicReference<Admission> admission =
      new AtomicReference<>(Admission.admit());

  static final ResourceExtension resources =
      ApiResources.of(
          new OrdersResource(
              orders,
              admission::get,
              new OrderMetrics(new SimpleMeterRegistry()),
              Duration.ofSeconds(2),
              ApiResources.limits(),
              false));

  @BeforeEach
  void reset() {
    orders.submitted.clear();
    orders.listed.clear();
    orders.cancelled.clear();
    orders.reviewed.clear();
    orders.onSubmit = o -> new Submission(o.orderId(), true);
    orders.onFind = id -> Optional.empty();
    orders.onCancel = Ledgers::pending;
    orders.onRetry = Ledgers::pending;
    orders.onReview = Ledgers::pending;
    admission.set(Admission.admit());
  }

  @Test
  void submitAnswers202WithLocationRetryAfterAndPendingBody() {
    Response response = as(resources, "/orders", SERVICE).post(json(ORDER));

    assertThat(response.getStatus()).isEqualTo(202);
    JsonNode body = response.readEntity(JsonNode.class);
    String orderId = body.get("orderId").asText();
    assertThat(response.getLocation().getPath()).isEqualTo("/orders/" + orderId);
    assertThat(response.getHeaderString("Retry-After")).isEqualTo("2");
    assertThat(body.get("status").asText()).isEqualTo("PENDING");
    assertThat(body.get("total").asText()).isEqualTo("44.98");
    assertThat(orders.submitted)
        .singleElement()
        .satisfies(o -> assertThat(o.orderId()).isEqualTo(orderId));
  }

  @Test
  void theSameIdempotencyKeyAlwaysNamesTheSameOrder() {
    String first =
        as(resources, "/orders", SERVICE)
            .header("Idempotency-Key", "cart-7")
            .post(json(ORDER))
            .readEntity(JsonNode.class)
            .get("orderId")
            .asText();
    String second =
        as(resources, "/orders", SERVICE)
            .header("Idempotency-Key", "cart-7")
            .post(json(ORDER))
            .readEntity(JsonNode.class)
            .get("orderId")
            .asText();

    assertThat(first).isEqualTo(second).startsWith("k-");
  }

  @Test
  void aReplayedSubmitSaysSoAndStartsNothing() {
    orders.onSubmit = o -> new Submission(o.orderId(), false);

    Response response =
        as(resources, "/orders", SERVICE).header("Idempotency-Key", "cart-8").post(json(ORDER));

    assertThat(response.getStatus()).isEqualTo(202);
    assertThat(response.getHeaderString(OrdersResource.REPLAYED)).isEqualTo("true");
    assertThat(orders.submitted).isEmpty();
  }

  @Test
  void aReusedIdempotencyKeyWithAnotherBodyIs422NamingTheHeader() {
    orders.onSubmit =
        o -> {
          throw ApiProblem.idempotencyKeyReused("another body");
        };

    Response response =
        as(resources, "/orders", SERVICE).header("Idempotency-Key", "cart-9").post(json(ORDER));

    assertThat(assertProblem(response, 422).at("/errors/0/field").asText())
        .isEqualTo("Idempotency-Key");
  }

  @Test
  void aBacklogAboveTheThresholdIs429WithRetryAfterAndStartsNothing() {
    admission.set(Admission.refuse("payments", 5000, Duration.ofSeconds(10)));

    Response response = as(resources, "/orders", SERVICE).post(json(ORDER));

    assertProblem(response, 429);
    assertThat(response.getHeaderString("Retry-After")).isEqualTo("10");
    assertThat(orders.submitted).isEmpty();
  }

  @Test
  void temporalUnreachableIs503WithRetryAfter() {
    orders.onSubmit =
        o -> {
          throw ApiProblem.temporalUnavailable("UNAVAILABLE", null);
        };

    Response response = as(resources, "/orders", SERVICE).post(json(ORDER));

    assertProblem(response, 503);
    assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
  }

  @Test
  void aMissingTokenIs401WithAChallenge() {
    Response response = as(resources, "/orders", null).post(json(ORDER));

    assertProblem(response, 401);
    assertThat(response.getHeaderString("WWW-Authenticate")).startsWith("Bearer");
    assertThat(orders.submitted).isEmpty();
  }

  @Test
  void aTokenInTheQueryStringDoesNotAuthenticate() {
    orders.onFind = id -> Optional.of(new OrderSnapshot.Live(Ledgers.of(id, OrderStatus.PAID)));

    Response response =
        resources
            .target("/orders/o-1")
            .queryParam("access_token", PublishedSecrets.DEV_SERVICE_TOKEN)
            .request()
            .get();

    assertProblem(response, 401);
  }

  @Test
  void theBearerSchemeIsCaseInsensitive() {
    orders.onFind = id -> Optional.of(new OrderSnapshot.Live(Ledgers.of(id, OrderStatus.PAID)));

    Response response =
        as(resources, "/orders/o-1", "bearer " + PublishedSecrets.DEV_SERVICE_TOKEN).get();

    assertThat(response.getStatus()).isEqualTo(200);
  }

  @Test
  void anUnknownTokenIs401() {
    assertProblem(as(resources, "/orders/o-1", "Bearer nope-nope-nope").get(), 401);
  }

  @Test
  void aServiceTokenMayNotRetryCompensationsSoIs403() {
    assertProblem(as(resources, "/orders/o-1/retry-compensation", SERVICE).post(json("")), 403);
  }

  @Test
  void anOperatorRetriesACompensationWith202() {
    Response response = as(resources, "/orders/o-1/retry-compensation", OPERATOR).post(null);

    assertThat(response.getStatus()).isEqualTo(202);
  }

  @Test
  void anOperatorMayDoWhatAServiceMay() {
    assertThat(as(resources, "/orders", OPERATOR).post(json(ORDER)).getStatus()).isEqualTo(202);
  }

  @Test
  void getAnswersTheLedgerWithItsSteps() {
    orders.onFind = id -> Optional.of(new OrderSnapshot.Live(Ledgers.of(id, OrderStatus.PAID)));

    JsonNode body = as(resources, "/orders/o-1", SERVICE).get(JsonNode.class);

    assertThat(body.get("status").asText()).isEqualTo("PAID");
    assertThat(body.get("stale").asBoolean()).isFalse();
    assertThat(body.get("steps")).hasSize(Step.values().length);
    assertThat(body.at("/steps/1/step").asText()).isEqualTo("reserve-stock");
    assertThat(body.get("createdAt").asText()).isEqualTo("2025-01-01T12:00:00Z");
  }

  @Test
  void getFallsBackToAStaleViewWhenNoWorkerAnswers() {
    orders.onFind =
        id ->
            Optional.of(
                new OrderSnapshot.Visible(
                    new OrderSummary(
                        id,
                        "AWAITING_PAYMENT",
                        "c-42",
                        "44.98",
                        "USD",
                        "RUNNING",
                        Instant.parse("2025-01-01T12:00:00Z"),
                        null)));

    JsonNode body = as(resources, "/orders/o-1", SERVICE).get(JsonNode.class);

    assertThat(body.get("stale").asBoolean()).isTrue();
    assertThat(body.get("status").asText()).isEqualTo("AWAITING_PAYMENT");
    assertThat(body.has("steps")).isFalse();
  }

  @Test
  void getOfAnUnknownOrderIs404() {
    assertProblem(as(resources, "/orders/o-404", SERVICE).get(), 404);
  }

  @Test
  void getOfAnIdThatCannotBeAnOrderIdIs404() {
    assertProblem(as(resources, "/orders/-bad!id", SERVICE).get(), 404);
  }

  @Test
  void listPassesTheValidatedFilterAndReturnsThePage() {
    orders.onList =
        () ->
            new OrderPage(
                List.of(
                    new OrderSummary(
                        "o-1",
                        "PAID",
                        "c-42",
                        "1.00",
                        "USD",
                        "RUNNING",
                        Instant.parse("2025-01-01T12:00:00Z"),
                        null)),
                "bmV4dA");

    JsonNode body =
        as(resources, "/orders?status=PAID&customerId=c-42&limit=5&pageToken=cGFnZQ", SERVICE)
            .get(JsonNode.class);

    assertThat(body.get("orders")).hasSize(1);
    assertThat(body.get("nextPageToken").asText()).isEqualTo("bmV4dA");
    assertThat(orders.listed)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).contains(OrderStatus.PAID);
              assertThat(f.customerId()).contains("c-42");
              assertThat(f.limit()).isEqualTo(5);
              assertThat(f.pageToken()).contains("cGFnZQ");
            });
  }

  @Test
  void listRefusesAnUnknownStatusWith422NamingIt() {
    Response response = as(resources, "/orders?status=LOST", SERVICE).get();

    assertThat(assertProblem(response, 422).at("/errors/0/field").asText()).isEqualTo("status");
  }

  @Test
  void listRefusesAPassingStatusWith422NamingTheStatusItsOrdersAreListedAs() {
    Response response = as(resources, "/orders?status=SHIPPED", SERVICE).get();

    JsonNode error = assertProblem(response, 422).at("/errors/0");
    assertThat(error.at("/field").asText()).isEqualTo("status");
    assertThat(error.toString()).contains("orders SHIPPED are listed as PAID");
  }

  @Test
  void cancelAcceptedIs202AndPassesTheReason() {
    Response response =
        as(resources, "/orders/o-1/cancel", SERVICE)
            .post(json("{\"reason\": \"changed my mind\"}"));

    assertThat(response.getStatus()).isEqualTo(202);
    assertThat(orders.cancelled).containsExactly("o-1:changed my mind");
  }

  @Test
  void cancelRefusedIs409WithTheWorkflowsReason() {
    orders.onCancel =
        id -> {
          throw ApiProblem.orderRefused("the shipment exists");
        };

    Response response = as(resources, "/orders/o-1/cancel", SERVICE).post(json("{}"));

    assertThat(assertProblem(response, 409).get("detail").asText())
        .isEqualTo("the shipment exists");
  }

  @Test
  void cancelOfAnUnknownOrderIs404() {
    orders.onCancel =
        id -> {
          throw ApiProblem.orderNotFound(id);
        };

    assertProblem(as(resources, "/orders/o-2/cancel", SERVICE).post(json("{}")), 404);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"approve, true", "decline, false"})
  void anOperatorsDecisionIs202AndPassesTheDecisionAndReason(String decision, boolean approve) {
    Response response =
        as(resources, "/orders/o-1/review", OPERATOR)
            .post(json("{\"decision\": \"" + decision + "\", \"reason\": \"checked\"}"));

    assertThat(response.getStatus()).isEqualTo(202);
    assertThat(response.readEntity(JsonNode.class).get("orderId").asText()).isEqualTo("o-1");
    assertThat(orders.reviewed).containsExactly(new ReviewDecision(approve, "checked"));
  }

  @Test
  void aServiceTokenMayNotReviewSoIs403() {
    Response response = as(resources, "/orders/o-1/review", SERVICE).post(json(REVIEW));

    assertProblem(response, 403);
    assertThat(orders.reviewed).isEmpty();
  }

  @Test
  void reviewOfAnOrderNotInReviewIs409WithTheWorkflowsReason() {
    orders.onReview =
        id -> {
          throw ApiProblem.orderRefused("order " + id + " is PAID, not IN_REVIEW");
        };

    Response response = as(resources, "/orders/o-1/review", OPERATOR).post(json(REVIEW));

    assertThat(assertProblem(response, 409).get("detail").asText())
        .isEqualTo("order o-1 is PAID, not IN_REVIEW");
  }

  @Test
  void reviewOfAnUnknownOrderOrOfAnIdThatCannotBeOneIs404() {
    orders.onReview =
        id -> {
          throw ApiProblem.orderNotFound(id);
        };

    assertProblem(as(resources, "/orders/o-2/review", OPERATOR).post(json(REVIEW)), 404);
    assertProblem(as(resources, "/orders/-bad!id/review", OPERATOR).post(json(REVIEW)), 404);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badReviews")
  void aBadReviewBodyIs422NamingTheFieldAndDecidesNothing(String body, String field, String rule) {
    Response response = as(resources, "/orders/o-1/review", OPERATOR).post(json(body));

    JsonNode error = assertProblem(response, 422).at("/errors/0");
    assertThat(error.get("field").asText()).isEqualTo(field);
    assertThat(error.get("rule").asText()).isEqualTo(rule);
    assertThat(orders.reviewed).isEmpty();
  }

  static Stream<Arguments> badReviews() {
    return Stream.of(
        Arguments.of("{\"decision\": \"APPROVE\", \"reason\": \"r\"}", "decision", "Pattern"),
        Arguments.of("{\"decision\": 0, \"reason\": \"r\"}", "decision", "type"),
        Arguments.of("{\"reason\": \"r\"}", "decision", "NotNull"),
        Arguments.of("{\"decision\": \"approve\"}", "reason", "NotNull"),
        Arguments.of("{\"decision\": \"decline\", \"reason\": \" \"}", "reason", "Text"),
        Arguments.of(
            "{\"decision\": \"decline\", \"reason\": \"" + "r".repeat(501) + "\"}",
            "reason",
            "Text"),
        Arguments.of(
            "{\"decision\": \"approve\", \"reason\": \"r\", \"by\": \"me\"}", "by", "unknown"),
        Arguments.of("null", "body", "NotNull"));
  }

  @Test
  void anUnknownPathIs404Problem() {
    assertProblem(as(resources, "/nothing-here", SERVICE).get(), 404);
  }

  @Test
  void aWrongMethodIs405Problem() {
    assertProblem(as(resources, "/orders/o-1", SERVICE).delete(), 405);
  }

  /** Asserts an RFC 7807 problem of that status and returns its body. */
  static JsonNode assertProblem(Response response, int status) {
    assertThat(response.getStatus()).isEqualTo(status);
    assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
    JsonNode body = response.readEntity(JsonNode.class);
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("type").asText()).startsWith("/problems/");
    return body;
  }
}
