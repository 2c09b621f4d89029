package dev.ordersaga.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordersaga.order.OrderIds;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.OrderStatus;
import dev.ordersaga.processes.ApiProcess;
import dev.ordersaga.processes.Await;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The money-at-risk view on a real stack: orders parked each way, a paid order whose payment worker
 * died, a step that keeps failing, each found by the runbook's {@code attention} block ({@code GET
 * /operations/attention}) with its kind, money first, and repaired by the command its row carries.
 * The stuck step's reset runs while its provider is still down: once the provider is back, the
 * step's own sub-second retry (ops-worker.yml) would finish it before any command could.
 */
class AttentionIT {
  private static final Duration SOON = Duration.ofSeconds(30);
  private static final String UNDER_REVIEW = "risk-review-";
  private static final ObjectMapper JSON = new ObjectMapper();
  @AutoClose private static Stack stack;

  @BeforeAll
  static void up() {
    stack =
        new Stack(
            "attention",
            Duration.ofMillis(500),
            Duration.ofSeconds(120),
            "ops-worker.yml",
            false,
            Map.of(
                "ORDER_SAGA_ATTENTION_STUCK_AFTER", "1 second",
                "ORDER_SAGA_ATTENTION_PAID_AFTER", "1 second"));
  }

  @Test
  void everyOrderThatNeedsAPersonIsListedMoneyFirstAndItsRowsCommandRepairsIt() {
    String customer = Orders.customer("attention");
    OrderRequest shipped = Orders.of(customer, "SKU-1", 5, "tok_never");
    OrderRequest undone = Orders.of(customer, "SKU-1", 4, "tok_never");
    OrderRequest paid = Orders.of(customer, "SKU-1", 3, "tok_never");
    OrderRequest review = Orders.of(UNDER_REVIEW + customer, "SKU-1", 2, "tok_ok");
    for (OrderRequest order : List.of(shipped, undone, paid)) {
      stack.start(order);
      stack.server.awaitStatusAttribute(order.orderId(), "AWAITING_PAYMENT", SOON);
    }
    stack.start(review);
    stack.server.awaitStatusAttribute(review.orderId(), "IN_REVIEW", SOON);
    Parking.afterShipment(stack, shipped, SOON);
    Parking.inCompensationFailed(stack, undone, SOON);
    OrderRequest stuck = Orders.of(customer, "SKU-1", 1, "tok_ok");
    stack.start(stuck);
    stack.paymentStatusWorker.kill();
    stack.sandbox.settle(stack.status(paid.orderId()).paymentId());

    Map<String, JsonNode> rows =
        listedWithKinds(
            List.of(shipped, undone, paid, review, stuck), "PAID_WAITING", "NO_PROGRESS");

    assertThat(rows.keySet())
        .containsExactly(
            shipped.orderId(), undone.orderId(), paid.orderId(), review.orderId(), stuck.orderId());
    assertThat(rows.values())
        .extracting(row -> row.path("kind").asText() + " " + row.path("status").asText())
        .containsExactly(
            "PARKED NEEDS_ATTENTION",
            "PARKED COMPENSATION_FAILED",
            "PAID_WAITING AWAITING_PAYMENT",
            "PARKED IN_REVIEW",
            "NO_PROGRESS PENDING");
    assertThat(rows.values())
        .extracting(row -> row.path("amount").asText())
        .containsExactly("99.95", "79.96", "59.97", "39.98", "19.99");
    assertThat(rows.get(shipped.orderId()).path("reason").asText()).contains("complete-record");
    assertThat(rows.get(stuck.orderId()).path("reason").asText())
        .contains("OrderRecords.open", "records system is down");

    assertThat(stack.runbook().run("attention-parked", Map.of()))
        .contains(workflowIds(shipped, undone, review));
    assertThat(stack.runbook().run("attention-stuck", Map.of()))
        .contains(workflowIds(stuck))
        .doesNotContain(workflowIds(shipped, undone, paid, review));
    assertThat(stack.runbook().run("attention-awaiting", Map.of("OLDER_THAN", "1 second")))
        .contains(workflowIds(paid));

    repair(rows, stuck);
    stack.sandbox.clearFaults();
    repair(rows, shipped);
    repair(rows, undone);
    assertThat(stack.result(shipped.orderId(), SOON).status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(stack.result(undone.orderId(), SOON).status()).isEqualTo(OrderStatus.CANCELLED);
    stack.paymentStatusWorker.restart();
    stack.paymentStatusWorker.awaitPolling(stack.temporal.service());
    repair(rows, paid);
    assertThat(stack.result(stuck.orderId(), SOON).status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(stack.result(paid.orderId(), SOON).status()).isEqualTo(OrderStatus.COMPLETED);
  }

  /**
   * Runs the runbook's {@code attention} block until every order is listed and each of {@code
   * kinds} shows, and answers the rows of these orders in the order listed.
   */
  private static Map<String, JsonNode> listedWithKinds(List<OrderRequest> orders, String... kinds) {
    AtomicReference<Map<String, JsonNode>> rows = new AtomicReference<>(Map.of());
    List<String> ids = orders.stream().map(OrderRequest::orderId).toList();
    Await.until(
        "every order on the attention list, with kinds " + List.of(kinds),
        SOON,
        () -> {
          Map<String, JsonNode> listed = new LinkedHashMap<>();
          for (JsonNode row : attention().path("orders")) {
            if (ids.contains(row.path("orderId").asText())) {
              listed.put(row.path("orderId").asText(), row);
            }
          }
          rows.set(listed);
          List<String> shown = listed.values().stream().map(r -> r.path("kind").asText()).toList();
          return listed.size() == ids.size() && shown.containsAll(List.of(kinds));
        });
    return rows.get();
  }

  private static String[] workflowIds(OrderRequest... orders) {
    return Arrays.stream(orders).map(o -> OrderIds.workflowId(o.orderId())).toArray(String[]::new);
  }

  private static JsonNode attention() {
    String body =
        stack
            .runbook()
            .run(
                "attention",
                Map.of(
                    "ORDER_SAGA_API",
                    stack.api.url(),
                    "ORDER_SAGA_OPERATOR_TOKEN",
                    ApiProcess.OPERATOR_TOKEN));
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("the attention block printed no JSON: " + body, e);
    }
  }

  private static void repair(Map<String, JsonNode> rows, OrderRequest order) {
    stack
        .runbook()
        .runScript("repair", rows.get(order.orderId()).path("repair").asText(), Map.of());
  }
}
