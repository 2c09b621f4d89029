package dev.ordersaga.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.OrderStatus;
import dev.ordersaga.processes.ApiProcess;
import dev.ordersaga.processes.Await;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Cancels of an order whose workflow worker is down: each is answered within the API's RPC deadline
 * (5 s in {@code api/config.yml}) with a problem, and none leaves a thread or a call to Temporal
 * behind in the API. Once the worker is back, the cancel sent again is accepted and the order ends
 * cancelled.
 */
class UpdateDeadlineIT {
  private static final int CANCELS = 200;
  private static final int CLIENTS = 40;
  private static final Duration RPC_DEADLINE = Duration.ofSeconds(5);
  private static final Duration ANSWER_MARGIN = Duration.ofMillis(1500);
  private static final String UPDATE_FRAME = "updateWorkflowExecution";
  private static final String SDK_UPDATE_FRAME = "RootWorkflowClientInvoker";

  @AutoClose private Stack stack;

  private record Answer(int status, String type, String detail, Duration took) {}

  @Test
  void cancelsOfAnOrderWithoutAWorkerEndAtTheDeadlineAndLeaveNoCallBehind() throws Exception {
    stack = new Stack("update-deadline", Duration.ofSeconds(5), Duration.ofMinutes(10));
    OrderRequest order = Orders.paidWith("tok_never");
    stack.start(order);
    stack.awaitStatus(order.orderId(), OrderStatus.AWAITING_PAYMENT, Duration.ofSeconds(30));
    long threadsBefore = ThreadDump.of(stack.api.pid(), stack.dir).threads();

    stack.workflowWorker.kill();
    List<Answer> answers = cancel(order.orderId(), CANCELS);

    Map<String, Integer> byType = new TreeMap<>();
    answers.forEach(a -> byType.merge(a.status() + " " + a.type(), 1, Integer::sum));
    assertThat(answers)
        .as("answers by status and problem type: %s", byType)
        .allSatisfy(
            answer -> {
              assertThat(answer.status()).isEqualTo(503);
              assertThat(answer.type()).isNotBlank();
              assertThat(answer.detail()).contains(order.orderId());
              assertThat(answer.took()).isLessThan(RPC_DEADLINE.plus(ANSWER_MARGIN));
            });
    ThreadDump after = ThreadDump.of(stack.api.pid(), stack.dir);
    System.out.printf(
        "%d cancels without a worker: %s; slowest answer %s; API threads %d before, %d after%n",
        CANCELS,
        byType,
        answers.stream().map(Answer::took).max(Duration::compareTo).orElseThrow(),
        threadsBefore,
        after.threads());
    assertThat(after.threadsIn(UPDATE_FRAME, SDK_UPDATE_FRAME))
        .as("API threads still in an update call after every cancel was answered")
        .isZero();
    assertThat(after.threads())
        .as("API threads after %d cancels, against %d before", CANCELS, threadsBefore)
        .isLessThanOrEqualTo(threadsBefore + 2 * CLIENTS);

    stack.workflowWorker.restart();
    stack.workflowWorker.awaitPolling(stack.temporal.service(), "default");
    Await.until(
        "a cancel sent again once the worker is back is accepted",
        Duration.ofSeconds(60),
        () -> timedCancel(order.orderId(), "again").status() == 202);
    assertThat(stack.result(order.orderId(), Duration.ofSeconds(90)).status())
        .isEqualTo(OrderStatus.CANCELLED);
  }

  /** {@code count} cancels of the order, {@value #CLIENTS} at a time, each timed. */
  private List<Answer> cancel(String orderId, int count) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<Answer>> pending = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String reason = "cancel " + i;
        pending.add(clients.submit(() -> timedCancel(orderId, reason)));
      }
      List<Answer> answers = new ArrayList<>();
      for (Future<Answer> answer : pending) {
        answers.add(answer.get());
      }
      return answers;
    } finally {
      clients.shutdownNow();
    }
  }

  private Answer timedCancel(String orderId, String reason) {
    long start = System.nanoTime();
    ApiProcess.Reply reply =
        stack.api.post("/orders/" + orderId + "/cancel", "{\"reason\": \"" + reason + "\"}");
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    return new Answer(
        reply.status(),
        reply.body().path("type").asText(),
        reply.body().path("detail").asText(),
        took);
  }
}
