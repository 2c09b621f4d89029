package dev.ordersaga.bench;

import dev.ordersaga.bench.baseline.SyncBaselineProcess;
import dev.ordersaga.bench.floor.FloorWorkflow;
import dev.ordersaga.bench.load.Call;
import dev.ordersaga.bench.load.Outcome;
import dev.ordersaga.order.OrderIds;
import dev.ordersaga.order.OrderLedger;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.OrderSearchAttributes;
import dev.ordersaga.order.OrderStatus;
import dev.ordersaga.order.OrderWorkflow;
import dev.ordersaga.order.TaskQueues;
import dev.ordersaga.processes.ApiProcess;
import dev.ordersaga.processes.Http;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The calls the load loops make. */
final class Calls {
  private static final Duration ORDER_TIMEOUT = Duration.ofMinutes(2);
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  private Calls() {}

  /** {@code POST /orders}: ok on 202; the order runs on after the answer. */
  static Call asyncSubmit(ApiProcess api, Http http, String token) {
    String body = Orders.json(token);
    return sequence -> {
      long start = System.nanoTime();
      int status = http.post(api.uri("/orders"), ApiProcess.SERVICE_TOKEN, body).status();
      double ms = millisSince(start);
      return new Outcome(ms, ms, status == 202);
    };
  }

  /** The synchronous baseline's {@code POST /sync-orders}: ok on 200, when every step is done. */
  static Call syncSubmit(SyncBaselineProcess baseline, Http http) {
    String body = Orders.json("tok_ok");
    return sequence -> {
      long start = System.nanoTime();
      int status = http.post(baseline.uri("/sync-orders"), null, body).status();
      double ms = millisSince(start);
      return new Outcome(ms, ms, status == 200);
    };
  }

  /** {@code POST /orders}, then waits for the order's end; ok when it COMPLETED. */
  static Call submitAndAwait(ApiProcess api, Http http, WorkflowClient client) {
    String body = Orders.json("tok_ok");
    return sequence -> {
      long start = System.nanoTime();
      Http.Reply reply = http.post(api.uri("/orders"), ApiProcess.SERVICE_TOKEN, body);
      double first = millisSince(start);
      if (reply.status() != 202) {
        return new Outcome(first, first, false);
      }
      boolean ok = completed(client, reply.body().path("orderId").asText());
      return new Outcome(first, millisSince(start), ok);
    };
  }

  /**
   * Starts an order through the Temporal client with the search attributes the API starts it with,
   * and waits for its end; ok when COMPLETED.
   */
  static Call sagaViaClient(WorkflowClient client) {
    return sequence -> {
      String orderId = sagaOrderId(sequence);
      OrderRequest request = Orders.request(orderId, "tok_ok");
      long start = System.nanoTime();
      OrderWorkflow order =
          client.newWorkflowStub(
              OrderWorkflow.class,
              WorkflowOptions.newBuilder()
                  .setWorkflowId(OrderIds.workflowId(orderId))
                  .setTaskQueue(TaskQueues.ORDERS)
                  .setTypedSearchAttributes(
                      OrderSearchAttributes.atStart(request, OrderStatus.PENDING))
                  .build());
      WorkflowClient.start(order::place, request);
      double first = millisSince(start);
      boolean ok = completed(client, orderId);
      return new Outcome(first, millisSince(start), ok);
    };
  }

  /** Starts a floor workflow and waits for its end. */
  static Call floorViaClient(WorkflowClient client) {
    return sequence -> {
      String id = floorWorkflowId(sequence);
      long start = System.nanoTime();
      FloorWorkflow floor =
          client.newWorkflowStub(
              FloorWorkflow.class,
              WorkflowOptions.newBuilder()
                  .setWorkflowId(id)
                  .setTaskQueue(TaskQueues.ORDERS)
                  .build());
      WorkflowClient.start(floor::run, id);
      double first = millisSince(start);
      boolean ok = id.equals(result(client, id, String.class));
      return new Outcome(first, millisSince(start), ok);
    };
  }

  /** The order id {@link #sagaViaClient} uses for {@code sequence}. */
  static String sagaOrderId(long sequence) {
    return "tp-" + RUN + "-" + sequence;
  }

  /** The workflow id {@link #floorViaClient} uses for {@code sequence}. */
  static String floorWorkflowId(long sequence) {
    return "floor-" + RUN + "-" + sequence;
  }

  private static boolean completed(WorkflowClient client, String orderId) {
    return result(client, OrderIds.workflowId(orderId), OrderLedger.class).status()
        == OrderStatus.COMPLETED;
  }

  private static <T> T result(WorkflowClient client, String workflowId, Class<T> type) {
    try {
      return client
          .newUntypedWorkflowStub(workflowId)
          .getResult(ORDER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS, type);
    } catch (TimeoutException e) {
      throw new IllegalStateException(workflowId + " did not end within " + ORDER_TIMEOUT, e);
    }
  }

  private static double millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e6;
  }
}
