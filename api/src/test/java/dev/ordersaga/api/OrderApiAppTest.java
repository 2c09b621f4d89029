package dev.ordersaga.api;

import static dev.ordersaga.api.ApiResources.OPERATOR;
import static dev.ordersaga.api.ApiResources.ORDER;
import static dev.ordersaga.api.ApiResources.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordersaga.api.errors.Problem;
import dev.ordersaga.api.resources.OrdersResource;
import dev.ordersaga.api.webhooks.SignatureVerifier;
import dev.ordersaga.order.FakeSteps;
import dev.ordersaga.order.OrderIds;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.OrderSearchAttributes;
import dev.ordersaga.order.OrderWorkflow;
import dev.ordersaga.order.OrderWorkflowImpl;
import dev.ordersaga.order.TaskQueues;
import dev.ordersaga.order.policy.StepPolicies;
import dev.ordersaga.telemetry.LogFields;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.SearchAttributes;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole application (Jetty, Jersey, auth, mappers, the real Temporal adapter) against an
 * in-memory Temporal running the real order workflow with fake downstream systems.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class OrderApiAppTest {
  private static final TestWorkflowEnvironment env = startTemporal();
  private static final ObjectMapper JSON = new ObjectMapper();

  static final DropwizardAppExtension<OrderApiConfiguration> app =
      ApiApps.against(
          env,
          ConfigOverride.config("temporal.queryDeadline", "500ms"),
          ConfigOverride.config("temporal.rpcDeadline", "1s"),
          ConfigOverride.config("auth.operatorToken", "dev-operator-token"),
          ConfigOverride.config("webhooks.secrets[0]", "whsec_test"));

  private static TestWorkflowEnvironment startTemporal() {
    TestWorkflowEnvironment env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder().setUseTimeskipping(false).build());
    OrderSearchAttributes.ALL.forEach(
        key -> env.registerSearchAttribute(key.getName(), key.getValueType()));
    env.newWorker(TaskQueues.ORDERS)
        .registerWorkflowImplementationTypes(
            StepPolicies.defaults().workflowImplementationOptions(), OrderWorkflowImpl.class);
    FakeSteps.register(env);
    env.start();
    return env;
  }

  @AfterAll
  static void stopTemporal() {
    env.close();
  }

  private static Invocation.Builder request(String path, String token) {
    var request = app.client().target("http://127.0.0.1:" + app.getLocalPort() + path).request();
    return token == null ? request : request.header("Authorization", token);
  }

  private static Response submit(String body, String key) {
    var request = request("/orders", SERVICE);
    if (key != null) {
      request = request.header("Idempotency-Key", key);
    }
    return request.post(Entity.json(body));
  }

  private static String place(String body) {
    Response response = submit(body, null);
    assertThat(response.getStatus()).isEqualTo(202);
    return response.readEntity(JsonNode.class).get("orderId").asText();
  }

  private static JsonNode awaitOrder(String orderId, Predicate<JsonNode> condition)
      throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(20);
    JsonNode order = null;
    while (Instant.now().isBefore(deadline)) {
      order = request("/orders/" + orderId, SERVICE).get(JsonNode.class);
      if (condition.test(order)) {
        return order;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("order never matched; last: " + order);
  }

  private static JsonNode problem(Response response, int status) {
    assertThat(response.getStatus()).isEqualTo(status);
    assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
    return response.readEntity(JsonNode.class);
  }

  @Test
  void aSubmittedOrderIsAcceptedAtOnceAndRunsToCompleted() throws InterruptedException {
    Response response = submit(ORDER, null);

    assertThat(response.getStatus()).isEqualTo(202);
    String orderId = response.readEntity(JsonNode.class).get("orderId").asText();
    assertThat(OrderIds.isValid(orderId)).isTrue();
    assertThat(response.getLocation().getPath()).isEqualTo("/orders/" + orderId);
    assertThat(response.getHeaderString("Retry-After")).isEqualTo("2");

    JsonNode order = awaitOrder(orderId, o -> o.get("status").asText().equals("COMPLETED"));
    assertThat(order.get("finished").asBoolean()).isTrue();
    assertThat(order.get("total").asText()).isEqualTo("44.98");
    assertThat(order.at("/payment/paymentId").asText()).isEqualTo("pay-" + orderId);
    assertThat(order.get("steps").findValuesAsText("state")).containsOnly("DONE");
  }

  @Test
  void theLogLineOfAPlacedOrderIsOneJsonObjectNamingTheOrderAndItsWorkflow() throws Exception {
    String orderId;
    List<String> lines;
    try (LogCapture logs = LogCapture.info(OrdersResource.class)) {
      orderId = submit(ORDER, null).readEntity(JsonNode.class).get("orderId").asText();
      lines = logs.asConsoleWritesThem();
    }

    String started = "order " + orderId + " started";
    String line = lines.stream().filter(l -> l.contains(started)).findFirst().orElseThrow();
    assertThat(line).endsWith("\n").doesNotContain("\n{");
    JsonNode json = JSON.readTree(line);
    assertThat(json.path("message").asText()).isEqualTo(started);
    assertThat(json.path("level").asText()).isEqualTo("INFO");
    assertThat(json.path("logger").asText()).isEqualTo(OrdersResource.class.getName());
    assertThat(json.path("timestamp").asText())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    assertThat(Instant.parse(json.path("timestamp").asText())).isBefore(Instant.now());
    assertThat(json.at("/mdc/" + LogFields.ORDER_ID).asText()).isEqualTo(orderId);
    assertThat(json.at("/mdc/" + LogFields.WORKFLOW_ID).asText())
        .isEqualTo(OrderIds.workflowId(orderId));
  }

  @Test
  void theApiHasNoBenchmarkEndpoint() {
    assertThat(request("/bench/sync-orders", SERVICE).post(Entity.json(ORDER)).getStatus())
        .isEqualTo(404);
  }

  @Test
  void theSameIdempotencyKeyAndBodyReturnTheSameOrderAndStartNothing() {
    Response first = submit(ORDER, "app-key-1");
    Response second = submit(ORDER, "app-key-1");

    assertThat(second.getStatus()).isEqualTo(202);
    assertThat(second.getHeaderString("Idempotent-Replayed")).isEqualTo("true");
    assertThat(second.readEntity(JsonNode.class).get("orderId").asText())
        .isEqualTo(first.readEntity(JsonNode.class).get("orderId").asText());
  }

  @Test
  void theSameIdempotencyKeyWithAnotherBodyIs422() {
    submit(ORDER, "app-key-2").close();

    JsonNode problem = problem(submit(ORDER.replace("c-42", "c-43"), "app-key-2"), 422);

    assertThat(problem.at("/errors/0/field").asText()).isEqualTo("Idempotency-Key");
  }

  @Test
  void aWaitingOrderIsCancelledWith202AndEndsCancelled() throws InterruptedException {
    String orderId = place(ORDER.replace("tok_ok", "tok_never"));
    awaitOrder(orderId, o -> o.get("status").asText().equals("AWAITING_PAYMENT"));

    Response response =
        request("/orders/" + orderId + "/cancel", SERVICE)
            .post(Entity.json("{\"reason\": \"changed my mind\"}"));

    assertThat(response.getStatus()).isEqualTo(202);
    JsonNode order = awaitOrder(orderId, o -> o.get("status").asText().equals("CANCELLED"));
    assertThat(order.get("statusReason").asText()).contains("changed my mind");
  }

  @Test
  void cancellingAFinishedOrderIs409WithTheReason() throws InterruptedException {
    String orderId = place(ORDER);
    awaitOrder(orderId, o -> o.get("finished").asBoolean());

    JsonNode problem =
        problem(request("/orders/" + orderId + "/cancel", SERVICE).post(Entity.json("{}")), 409);

    assertThat(problem.get("detail").asText()).isNotBlank();
  }

  @Test
  void aRepeatedCancelAnswersLikeTheAcceptedOneWhileUndoingAndOnceCancelled()
      throws InterruptedException {
    String orderId = place(ORDER.replace("tok_ok", "tok_never"));
    awaitOrder(orderId, o -> o.get("status").asText().equals("AWAITING_PAYMENT"));
    Response first = cancel(orderId);
    JsonNode accepted = first.readEntity(JsonNode.class);
    Response again = cancel(orderId);
    again.close();
    awaitOrder(orderId, o -> o.get("finished").asBoolean());

    Response afterwards = cancel(orderId);

    assertThat(first.getStatus()).isEqualTo(202);
    assertThat(again.getStatus()).isEqualTo(202);
    assertThat(afterwards.getStatus()).isEqualTo(202);
    JsonNode repeated = afterwards.readEntity(JsonNode.class);
    assertThat(repeated.get("status").asText()).isEqualTo("CANCELLED");
    assertThat(repeated.get("orderId").asText()).isEqualTo(orderId);
    assertThat(fieldNames(repeated)).containsAll(fieldNames(accepted));
  }

  private static Response cancel(String orderId) {
    return request("/orders/" + orderId + "/cancel", SERVICE)
        .post(Entity.json("{\"reason\": \"changed my mind\"}"));
  }

  private static java.util.List<String> fieldNames(JsonNode node) {
    java.util.List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void aTerminatedOrderShowsTerminatedFinishedAndWhy() throws InterruptedException {
    String orderId = place(ORDER.replace("tok_ok", "tok_never"));
    awaitOrder(orderId, o -> o.get("status").asText().equals("AWAITING_PAYMENT"));

    env.getWorkflowClient()
        .newUntypedWorkflowStub(OrderIds.workflowId(orderId))
        .terminate("stopped by an operator");

    JsonNode order = request("/orders/" + orderId, SERVICE).get(JsonNode.class);
    assertThat(order.get("status").asText()).isEqualTo("TERMINATED");
    assertThat(order.get("finished").asBoolean()).isTrue();
    assertThat(order.get("execution").asText()).isEqualTo("TERMINATED");
    assertThat(order.get("statusReason").asText())
        .contains("stopped by an operator")
        .contains("AWAITING_PAYMENT");
  }

  @Test
  void aFinishedOrderIsReadWithItsLedgerAndSteps() throws InterruptedException {
    String orderId = place(ORDER);
    awaitOrder(orderId, o -> o.get("finished").asBoolean());

    JsonNode order = request("/orders/" + orderId, SERVICE).get(JsonNode.class);

    assertThat(order.get("status").asText()).isEqualTo("COMPLETED");
    assertThat(order.get("stale").asBoolean()).isFalse();
    assertThat(order.get("steps").findValuesAsText("state")).containsOnly("DONE");
  }

  @Test
  void cancellingAnUnknownOrderIs404() {
    problem(request("/orders/nobody-ordered-this/cancel", SERVICE).post(Entity.json("{}")), 404);
  }

  @Test
  void anUnknownOrderIs404() {
    problem(request("/orders/nobody-ordered-this", SERVICE).get(), 404);
  }

  @Test
  void anOrderNoWorkerAnswersForIsReadFromVisibilityMarkedStale() throws Exception {
    String orderId = "unpolled-1";
    OrderRequest order =
        ApiResources.mapper()
            .convertValue(
                ApiResources.mapper().readTree(ORDER),
                dev.ordersaga.api.representations.SubmitOrder.class)
            .toOrder(orderId);
    OrderWorkflow workflow =
        env.getWorkflowClient()
            .newWorkflowStub(
                OrderWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setWorkflowId(OrderIds.workflowId(orderId))
                    .setTaskQueue("nobody-polls-this")
                    .setTypedSearchAttributes(
                        SearchAttributes.newBuilder()
                            .set(OrderSearchAttributes.ORDER_STATUS, "PENDING")
                            .set(OrderSearchAttributes.CUSTOMER_ID, "c-42")
                            .build())
                    .build());
    WorkflowClient.start(workflow::place, order);

    JsonNode view = request("/orders/" + orderId, SERVICE).get(JsonNode.class);

    assertThat(view.get("stale").asBoolean()).isTrue();
    assertThat(view.get("status").asText()).isEqualTo("PENDING");
    assertThat(view.get("execution").asText()).isEqualTo("RUNNING");
  }

  @Test
  void aSignedPaymentEventSignalsARunningOrder() {
    String orderId = place(ORDER.replace("tok_ok", "tok_never"));
    String body =
        "{\"eventId\": \"evt-1\", \"paymentId\": \"never-"
            + orderId
            + "\", \"orderId\": \""
            + orderId
            + "\", \"status\": \"succeeded\", \"occurredAt\": \"2025-01-01T00:00:00Z\"}";
    long t = Instant.now().getEpochSecond();
    String signature =
        "t="
            + t
            + ",v1="
            + SignatureVerifier.sign("whsec_test", t, body.getBytes(StandardCharsets.UTF_8));

    Response response =
        request("/webhooks/payments", null)
            .header("Payment-Signature", signature)
            .post(Entity.json(body));

    assertThat(response.getStatus()).isEqualTo(202);
    assertThat(response.readEntity(JsonNode.class).get("signalled").asBoolean()).isTrue();
  }

  @Test
  void aPaymentEventWithABadSignatureIs401() {
    problem(
        request("/webhooks/payments", null)
            .header("Payment-Signature", "t=" + Instant.now().getEpochSecond() + ",v1=00")
            .post(Entity.json("{}")),
        401);
  }

  @Test
  void retryingACompensationThatIsNotParkedIs409ForAnOperator() throws InterruptedException {
    String orderId = place(ORDER.replace("tok_ok", "tok_never"));
    awaitOrder(orderId, o -> o.get("status").asText().equals("AWAITING_PAYMENT"));

    problem(request("/orders/" + orderId + "/retry-compensation", OPERATOR).post(null), 409);
    problem(request("/orders/" + orderId + "/retry-compensation", SERVICE).post(null), 403);
    request("/orders/" + orderId + "/cancel", SERVICE).post(Entity.json("{}")).close();
  }

  @Test
  void reviewingAnOrderTheFraudCheckDoesNotHoldIs409ForAnOperatorAnd403ForAService()
      throws InterruptedException {
    String orderId = place(ORDER.replace("tok_ok", "tok_never"));
    awaitOrder(orderId, o -> o.get("status").asText().equals("AWAITING_PAYMENT"));

    JsonNode refusal = problem(review(orderId, OPERATOR), 409);
    problem(review(orderId, SERVICE), 403);
    request("/orders/" + orderId + "/cancel", SERVICE).post(Entity.json("{}")).close();

    assertThat(refusal.get("detail").asText()).contains("AWAITING_PAYMENT, not IN_REVIEW");
  }

  @Test
  void reviewingAFinishedOrderIs409SayingHowItEnded() throws InterruptedException {
    String orderId = place(ORDER);
    awaitOrder(orderId, o -> o.get("finished").asBoolean());

    JsonNode refusal = problem(review(orderId, OPERATOR), 409);

    assertThat(refusal.get("detail").asText()).contains("is already COMPLETED");
  }

  @Test
  void reviewingAnUnknownOrderIs404() {
    problem(review("nobody-ordered-this", OPERATOR), 404);
  }

  private static Response review(String orderId, String token) {
    return request("/orders/" + orderId + "/review", token)
        .post(Entity.json("{\"decision\": \"approve\", \"reason\": \"checked by hand\"}"));
  }

  @Test
  void noTokenIs401() {
    problem(request("/orders", null).post(Entity.json(ORDER)), 401);
  }

  @Test
  void malformedJsonIs400AndAWrongContentTypeIs415() {
    problem(request("/orders", SERVICE).post(Entity.json("{")), 400);
    problem(request("/orders", SERVICE).post(Entity.text(ORDER)), 415);
  }

  @Test
  void anOversizedBodyIs413() {
    problem(
        request("/orders", SERVICE)
            .post(Entity.json("{\"customerId\": \"" + "x".repeat(70_000) + "\"}")),
        413);
  }

  @Test
  void listingNeedsVisibilityQueriesSoTheInMemoryServerAnswers503() {
    Response response = request("/orders?status=PAID", SERVICE).get();

    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeaderString("Retry-After")).isNotBlank();
  }

  @Test
  void theOpenApiDocumentIsServedWithoutAToken() {
    String document = request("/openapi.yaml", null).get(String.class);

    assertThat(document).startsWith("openapi: 3").contains("/orders/{orderId}/cancel");
  }

  @Test
  void theTemporalHealthCheckPasses() {
    String admin = "http://127.0.0.1:" + app.getAdminPort();

    JsonNode health = app.client().target(admin + "/healthcheck").request().get(JsonNode.class);

    assertThat(health.at("/temporal/healthy").asBoolean()).isTrue();
  }

  @Test
  void prometheusShowsTheJvmTheHttpRoutesTheAdmissionsAndTheTemporalClient()
      throws InterruptedException {
    place(ORDER);

    String metrics = awaitScrape(scraped -> scraped.contains("temporal_request_total{"));

    assertThat(metrics)
        .contains("jvm_memory_used_bytes{", "jetty_threads_busy ")
        .containsPattern(
            "http_server_requests_seconds_count\\{[^}]*method=\"POST\"[^}]*status=\"202\""
                + "[^}]*uri=\"/orders\"")
        .containsPattern("order_saga_orders_admitted_total [1-9]")
        .contains(
            "order_saga_orders_parked{status=\"NEEDS_ATTENTION\"}",
            "order_saga_orders_parked{status=\"COMPENSATION_FAILED\"}",
            "order_saga_orders_parked{status=\"IN_REVIEW\"}")
        .doesNotContain("orders_admitted_total{", "\norders_admitted_total");
  }

  private static String awaitScrape(Predicate<String> condition) throws InterruptedException {
    String admin = "http://127.0.0.1:" + app.getAdminPort();
    Instant deadline = Instant.now().plusSeconds(10);
    String scraped = "";
    while (Instant.now().isBefore(deadline)) {
      scraped = app.client().target(admin + "/prometheus").request().get(String.class);
      if (condition.test(scraped)) {
        return scraped;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the scrape never matched; last:\n" + scraped);
  }

  @Test
  void anUnsubmittedOrderBodyNeverStartsAWorkflow() {
    String key = "never-started";
    problem(submit(ORDER.replace("\"USD\"", "\"XYZ\""), key), 422);

    problem(
        request(
                "/orders/" + dev.ordersaga.api.orders.Fingerprints.orderIdFor("service", key),
                SERVICE)
            .get(),
        404);
  }
}
