package dev.ordersaga.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.OrderLedger;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.OrderStatus;
import dev.ordersaga.processes.ApiProcess.Reply;
import dev.ordersaga.processes.Await;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import java.time.Duration;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The runbook's reset points (with and without re-applying Signals and Updates) × an order's prior
 * outcomes, each reset run as the runbook writes it: the new run ends with the books of its outcome
 * — every effect once for a completed order, no effect kept for a failed or cancelled one (the undo
 * fence refuses the forward steps the new run tries again).
 */
class ResetBooksIT {
  private static final Duration SOON = Duration.ofSeconds(45);
  private static final int STOCK = 10;
  private static final Duration HELD = Duration.ofSeconds(8);

  @AutoClose private static Stack stack;

  /** How the order ended before the reset. */
  enum Prior {
    COMPLETED,
    DECLINED,
    CANCELLED,
    /** Shipped, then parked: the record system refused to complete it. */
    NEEDS_ATTENTION,
    /** Cancelled, then parked: the stock's release kept failing. */
    COMPENSATION_FAILED
  }

  @BeforeAll
  static void up() {
    stack = Stack.forRunbook("reset-books");
  }

  @ParameterizedTest(name = "{0} of a {1} order keeps the books")
  @CsvSource({
    "reset-first, COMPLETED",
    "reset-first, DECLINED",
    "reset-first, CANCELLED",
    "reset-first-without-updates, COMPLETED",
    "reset-first-without-updates, DECLINED",
    "reset-first-without-updates, CANCELLED",
    "reset-after-reserve, COMPLETED",
    "reset-after-reserve, DECLINED",
    "reset-after-reserve, CANCELLED",
    "reset-first, NEEDS_ATTENTION",
    "reset-first, COMPENSATION_FAILED",
    "reset-after-reserve, NEEDS_ATTENTION",
    "reset-after-reserve, COMPENSATION_FAILED"
  })
  void aResetKeepsTheBooksOfTheOrdersOutcome(String point, Prior prior) {
    String sku = Orders.sku("RST");
    stack.sandbox.stock(sku, STOCK);
    OrderRequest order = ended(prior, sku);
    String firstRun = stack.server.runId(order.orderId());

    stack.runbook().runForOrder(point, order.orderId());

    stack.server.awaitNewRun(
        order.orderId(),
        firstRun,
        "close",
        status -> status != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING,
        SOON);
    OrderLedger again = stack.result(order.orderId(), SOON);
    Downstream books = stack.books();
    if (prior == Prior.COMPLETED || prior == Prior.NEEDS_ATTENTION) {
      assertThat(again.status()).isEqualTo(OrderStatus.COMPLETED);
      assertEveryEffectOnce(books, order.orderId(), sku);
    } else {
      assertThat(again.status()).isIn(OrderStatus.FAILED, OrderStatus.CANCELLED);
      assertNoEffectKept(books, order.orderId(), sku);
    }
  }

  @Test
  void aCancelWhileAResetCompletedOrderRunsAgainIsRefusedAndTheOrderStaysCompleted() {
    String sku = Orders.sku("RST");
    stack.sandbox.stock(sku, STOCK);
    OrderRequest order = ended(Prior.COMPLETED, sku);
    String firstRun = stack.server.runId(order.orderId());
    stack.sandbox.latency("inventory", HELD);
    try {
      stack.runbook().runForOrder("reset-first", order.orderId());
      Await.until(
          order.orderId() + "'s new run to hold its stock call",
          SOON,
          () ->
              !stack.server.runId(order.orderId()).equals(firstRun)
                  && stack.sandbox.waiting("inventory") > 0);

      Reply cancel =
          stack.api.post(
              "/orders/" + order.orderId() + "/cancel", "{\"reason\":\"changed my mind\"}");

      assertThat(cancel.status()).isEqualTo(409);
      assertThat(cancel.body().path("detail").asText()).contains("shipped");
    } finally {
      stack.sandbox.clearFaults();
    }
    OrderLedger again = stack.result(order.orderId(), SOON);
    assertThat(again.status()).isEqualTo(OrderStatus.COMPLETED);
    assertEveryEffectOnce(stack.books(), order.orderId(), sku);
  }

  private static OrderRequest ended(Prior prior, String sku) {
    String customer = Orders.customer("reset");
    OrderRequest order =
        Orders.of(
            customer,
            sku,
            switch (prior) {
              case COMPLETED -> "tok_ok";
              case DECLINED -> "tok_decline";
              case CANCELLED, NEEDS_ATTENTION, COMPENSATION_FAILED -> "tok_never";
            });
    stack.start(order);
    if (prior == Prior.NEEDS_ATTENTION || prior == Prior.COMPENSATION_FAILED) {
      parked(order, prior);
      return order;
    }
    if (prior == Prior.CANCELLED) {
      stack.server.awaitStatusAttribute(order.orderId(), "AWAITING_PAYMENT", SOON);
      stack.cancel(order.orderId(), "changed my mind");
    }
    OrderLedger ledger = stack.result(order.orderId(), SOON);
    Downstream books = stack.books();
    switch (prior) {
      case COMPLETED -> {
        assertThat(ledger.status()).isEqualTo(OrderStatus.COMPLETED);
        assertEveryEffectOnce(books, order.orderId(), sku);
      }
      case DECLINED -> assertThat(ledger.status()).isEqualTo(OrderStatus.FAILED);
      case CANCELLED -> assertThat(ledger.status()).isEqualTo(OrderStatus.CANCELLED);
    }
    if (prior != Prior.COMPLETED) {
      assertNoEffectKept(books, order.orderId(), sku);
    }
    return order;
  }

  /**
   * Parks {@code order} as {@code prior} says, then clears the faults that parked it, so the run
   * after the reset meets healthy providers.
   */
  private static void parked(OrderRequest order, Prior prior) {
    stack.server.awaitStatusAttribute(order.orderId(), "AWAITING_PAYMENT", SOON);
    try {
      if (prior == Prior.NEEDS_ATTENTION) {
        Parking.afterShipment(stack, order, SOON);
      } else {
        Parking.inCompensationFailed(stack, order, SOON);
      }
    } finally {
      stack.sandbox.clearFaults();
    }
  }

  private static void assertEveryEffectOnce(Downstream books, String orderId, String sku) {
    books.assertEachOnce(orderId, Downstream.FORWARD_EFFECTS);
    books.assertNone(orderId, Downstream.UNDO_EFFECTS);
    assertThat(books.paymentStatus(orderId)).isEqualTo("SUCCEEDED");
    assertThat(books.stock(sku, "sold")).isEqualTo(2);
    assertThat(books.stock(sku, "reserved")).isZero();
    assertThat(books.stock(sku, "available")).isEqualTo(STOCK - 2);
  }

  private static void assertNoEffectKept(Downstream books, String orderId, String sku) {
    for (String effect : Downstream.FORWARD_EFFECTS) {
      assertThat(books.effects(orderId, effect)).as(effect).isLessThanOrEqualTo(1);
    }
    assertThat(books.effects(orderId, "shipment.create")).isZero();
    assertThat(books.effects(orderId, "record.open"))
        .isEqualTo(books.effects(orderId, "record.cancel"));
    assertThat(books.paymentStatus(orderId)).isNotIn("SUCCEEDED", "PENDING");
    assertThat(books.stock(sku, "available")).isEqualTo(STOCK);
    assertThat(books.stock(sku, "reserved")).isZero();
    assertThat(books.stock(sku, "sold")).isZero();
  }
}
