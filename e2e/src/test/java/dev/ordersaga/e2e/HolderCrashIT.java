package dev.ordersaga.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.OrderStatus;
import dev.ordersaga.order.TaskQueues;
import dev.ordersaga.order.steps.ActivityTypes;
import dev.ordersaga.processes.Await;
import dev.ordersaga.processes.WorkerProcess;
import io.temporal.api.enums.v1.PendingActivityState;
import io.temporal.api.workflow.v1.PendingActivityInfo;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * A worker holding waiting payments is SIGKILLed while their providers' callbacks are lost; with
 * the shipped 25-minute heartbeat timeout, only the holder's lease brings them to a live worker.
 */
class HolderCrashIT {
  private static final int WAITING = 12;
  private static final Duration PICK_UP_BOUND = Duration.ofSeconds(60);
  @AutoClose private Stack stack;

  @Test
  void paidOrdersWaitingOnAKilledWorkerCompleteWithinAMinuteThoughTheirCallbacksWereLost() {
    stack =
        new Stack(
            "holder-crash",
            Duration.ofSeconds(5),
            Duration.ofMinutes(30),
            "lease-worker.yml",
            false,
            Map.of());
    ServerProbe server = stack.server;
    List<OrderRequest> orders = stack.startAll(WAITING, () -> Orders.paidWith("tok_never"));
    for (OrderRequest order : orders) {
      Await.until(
          order.orderId() + " waiting on the first payment-status worker",
          Duration.ofSeconds(30),
          () -> started(server.pendingActivity(order.orderId(), ActivityTypes.AWAIT_PAYMENT)));
    }
    WorkerProcess successor =
        stack.addWorker("worker-payment-status-successor", List.of(TaskQueues.PAYMENT_STATUS));
    successor.awaitPolling(stack.temporal.service(), "default");
    stack.api.kill();
    Downstream downstream = stack.books();
    for (OrderRequest order : orders) {
      stack.sandbox.settle(downstream.paymentId(order.orderId()));
    }

    long killedAt = System.nanoTime();
    stack.paymentStatusWorker.kill();
    long slowest = 0;
    for (OrderRequest order : orders) {
      assertThat(stack.result(order.orderId(), PICK_UP_BOUND).status())
          .isEqualTo(OrderStatus.COMPLETED);
      slowest = System.nanoTime() - killedAt;
    }

    System.out.printf(
        "HolderCrashIT: %d paid orders waiting on a SIGKILLed worker all completed %.1f s after"
            + " the kill (bound %d s)%n",
        WAITING, slowest / 1e9, PICK_UP_BOUND.toSeconds());
    assertThat(Duration.ofNanos(slowest)).isLessThan(PICK_UP_BOUND);
    Downstream books = stack.books();
    for (OrderRequest order : orders) {
      books.assertEachOnce(order.orderId(), Downstream.FORWARD_EFFECTS);
    }
  }

  private static boolean started(PendingActivityInfo await) {
    return await != null && await.getState() == PendingActivityState.PENDING_ACTIVITY_STATE_STARTED;
  }
}
