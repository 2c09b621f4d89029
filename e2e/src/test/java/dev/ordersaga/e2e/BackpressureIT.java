package dev.ordersaga.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.processes.ApiProcess.Reply;
import dev.ordersaga.processes.Await;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * With the workflow worker down, orders pile up in the {@code orders} backlog (real task-queue
 * stats from the dev server); past the threshold the API refuses new orders with 429 instead of
 * piling on, and every order it accepted still completes once the worker is back.
 */
class BackpressureIT {
  private static final int MAX_BACKLOG = 3;
  @AutoClose private Stack stack;

  @Test
  void backlogAboveTheThresholdIsRefusedWith429AndNoAcceptedOrderIsLost() {
    stack =
        new Stack(
            "backpressure",
            Duration.ofMillis(500),
            Duration.ofSeconds(60),
            "e2e-worker.yml",
            false,
            Map.of(
                "ORDER_SAGA_MAX_BACKLOG",
                String.valueOf(MAX_BACKLOG),
                "ORDER_SAGA_BACKLOG_REFRESH",
                "500 milliseconds"));
    stack.workflowWorker.kill();
    List<String> accepted = new ArrayList<>();
    AtomicReference<Reply> refused = new AtomicReference<>();

    Await.until(
        "a 429 while the orders backlog grows (at most 40 orders)",
        Duration.ofSeconds(60),
        () -> {
          if (accepted.size() >= 40) {
            throw new AssertionError("40 orders accepted, none refused");
          }
          Reply reply = stack.api.post("/orders", Orders.json("tok_ok"));
          if (reply.status() == 202) {
            accepted.add(reply.body().path("orderId").asText());
            return false;
          }
          refused.set(reply);
          return true;
        });

    assertThat(refused.get().status()).isEqualTo(429);
    assertThat(refused.get().retryAfter()).isNotBlank();
    assertThat(refused.get().body().path("status").asInt()).isEqualTo(429);
    assertThat(accepted).hasSizeGreaterThan(MAX_BACKLOG);

    stack.workflowWorker.restart();
    for (String orderId : accepted) {
      ApiOrders.awaitStatus(stack.api, orderId, "COMPLETED", Duration.ofSeconds(90));
    }
    Await.until(
        "new orders to be admitted again once the backlog drained",
        Duration.ofSeconds(30),
        () -> stack.api.post("/orders", Orders.json("tok_ok")).status() == 202);
  }
}
