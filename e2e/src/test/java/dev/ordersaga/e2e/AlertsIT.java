package dev.ordersaga.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.OrderStatus;
import dev.ordersaga.processes.Await;
import dev.ordersaga.processes.PrometheusProcess;
import dev.ordersaga.processes.WorkerProcess;
import dev.ordersaga.telemetry.metrics.MetricNames;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped alert rules ({@code deploy/prometheus/rules}) on a running stack: Prometheus scrapes
 * the API, the sandbox and every worker each second, with the rules' {@code for:} cut to a second
 * ({@link PrometheusProcess}). A parked order fires {@code OrdersParked}; a payment that settles
 * while the Temporal server is down, so that its worker holds it unable to tell the order for over
 * a minute, fires {@code PaidOrdersWaiting}, which clears once the server is back and the order
 * completes.
 */
class AlertsIT {
  private static final Duration SOON = Duration.ofSeconds(30);
  private static final Duration HELD_TOO_LONG = Duration.ofSeconds(150);
  @AutoClose private static Stack stack;
  @AutoClose private static PrometheusProcess prometheus;

  @BeforeAll
  static void up() {
    stack =
        new Stack(
            "alerts",
            Duration.ofMillis(500),
            Duration.ofMinutes(5),
            "ops-worker.yml",
            false,
            Map.of("ORDER_SAGA_PARKED_REFRESH", "1 second"));
    List<URI> workers =
        List.of(stack.workflowWorker, stack.paymentStatusWorker, stack.stepWorker).stream()
            .map(WorkerProcess::metrics)
            .toList();
    prometheus =
        new PrometheusProcess(
            InstalledTool.prometheus(),
            Stack.property("e2e.root").resolve("deploy/prometheus/rules"),
            Duration.ofSeconds(1),
            Map.of(
                "api", List.of(stack.api.metrics()),
                "sandbox", List.of(stack.sandbox.metrics()),
                "worker", workers),
            stack.dir);
    Await.until("Prometheus to scrape every process", SOON, prometheus::allTargetsUp);
  }

  @Test
  void anOrderParkedAfterItsShipmentFiresOrdersParked() {
    OrderRequest order = Orders.paidWith("tok_never");
    stack.start(order);
    stack.awaitStatus(order.orderId(), OrderStatus.AWAITING_PAYMENT, SOON);
    assertThat(prometheus.firing("OrdersParked")).isEmpty();

    Parking.afterShipment(stack, order, SOON);
    List<JsonNode> firing = Await.value("OrdersParked to fire", SOON, () -> fired("OrdersParked"));
    stack.sandbox.clearFaults();

    assertThat(firing)
        .extracting(labels -> labels.path("status").asText())
        .containsExactly("NEEDS_ATTENTION");
  }

  @Test
  void aPaymentSettledWhileTheServerIsDownFiresPaidOrdersWaitingUntilTheOrderHearsOfIt() {
    OrderRequest order = Orders.paidWith("tok_never");
    stack.start(order);
    stack.awaitStatus(order.orderId(), OrderStatus.AWAITING_PAYMENT, SOON);
    String paymentId = stack.status(order.orderId()).paymentId();
    Await.until(
        "the payment-status worker to hold the payment",
        SOON,
        () ->
            Double.valueOf(1)
                .equals(prometheus.value("sum(" + MetricNames.PAYMENTS_WAITING + ")")));

    stack.temporal.kill();
    stack.sandbox.settle(paymentId);
    List<JsonNode> firing =
        Await.value("PaidOrdersWaiting to fire", HELD_TOO_LONG, () -> fired("PaidOrdersWaiting"));
    stack.temporal.start();

    assertThat(firing).hasSize(1);
    assertThat(stack.result(order.orderId(), Duration.ofSeconds(120)).status())
        .isEqualTo(OrderStatus.COMPLETED);
    Await.until(
        "PaidOrdersWaiting to clear", SOON, () -> prometheus.firing("PaidOrdersWaiting").isEmpty());
  }

  private static List<JsonNode> fired(String alertName) {
    List<JsonNode> firing = prometheus.firing(alertName);
    return firing.isEmpty() ? null : firing;
  }
}
