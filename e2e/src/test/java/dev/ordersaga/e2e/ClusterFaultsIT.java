package dev.ordersaga.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.OrderStatus;
import dev.ordersaga.processes.Await;
import dev.ordersaga.processes.ManagedProcess;
import dev.ordersaga.processes.TemporalCluster;
import dev.ordersaga.processes.TemporalCluster.Service;
import dev.ordersaga.processes.WorkerProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The faults only a cluster has, each while orders are mid-flight, each judged by the sandbox's
 * books ({@link ChaosBooks}: every forward effect exactly once, the stock balanced, one workflow
 * per order): the history service SIGKILLed, PostgreSQL stopped, the matching service restarted.
 * One stack for the class: after each case every process of the cluster runs again.
 */
class ClusterFaultsIT {
  private static final int ORDERS = 3;
  private static final int STOCK = 10;
  private static final Duration SOON = Duration.ofSeconds(30);
  private static final Duration TO_END = Duration.ofSeconds(120);
  private static final Duration DOWNSTREAM_LATENCY = Duration.ofSeconds(4);
  @AutoClose private static Stack stack;
  private static TemporalCluster cluster;

  @BeforeAll
  static void up() {
    assumeTrue(Engines.clusterSelected(), "the cluster's own faults need e2e.engine=cluster");
    stack = new Stack("cluster-faults", Duration.ofMinutes(30), Duration.ofMinutes(5));
    cluster = (TemporalCluster) stack.temporal;
  }

  @AfterEach
  void everythingBack() {
    stack.sandbox.clearFaults();
    cluster.start();
  }

  @Test
  void
      historySigkilledWhileShipmentsAreBeingCreatedIsRestartedAndEveryOrderEndsWithEachEffectOnce() {
    Batch batch = new Batch("history");
    batch.placeAwaitingPayment(ORDERS);
    stack.sandbox.latency("shipping", DOWNSTREAM_LATENCY);
    batch.settle();
    awaitCallsWaiting("shipping", ORDERS);
    ManagedProcess history = cluster.process(Service.HISTORY);
    long killed = history.pid();

    history.kill();
    awaitCallsWaiting("shipping", 0);
    stack.sandbox.clearFaults();
    cluster.start(Service.HISTORY);

    assertThat(history.pid()).isNotEqualTo(killed);
    batch.assertBooksRight();
  }

  @Test
  void postgresStoppedWhileStockIsBeingCommittedIsStartedAndEveryOrderEndsWithEachEffectOnce() {
    Batch batch = new Batch("postgres");
    batch.placeAwaitingPayment(ORDERS);
    Map<String, Long> services = servicePids();
    stack.sandbox.latency("inventory", DOWNSTREAM_LATENCY);
    batch.settle();
    awaitCallsWaiting("inventory", ORDERS);

    cluster.postgres().stop();
    awaitCallsWaiting("inventory", 0);
    stack.sandbox.clearFaults();
    cluster.postgres().start();

    batch.assertBooksRight();
    assertThat(servicePids()).as("Temporal's services, not restarted").isEqualTo(services);
  }

  @Test
  void matchingRestartedWhileWorkersPollServesOrdersPlacedDuringAndAfterWithTheSameWorkers() {
    Batch batch = new Batch("matching");
    batch.placeAwaitingPayment(2);
    Map<String, Long> workers = workerPids();

    cluster.process(Service.MATCHING).stop();
    batch.place(2);
    cluster.start(Service.MATCHING);
    batch.place(2);
    batch.awaitAwaitingPayment();
    batch.settle();

    batch.assertBooksRight();
    assertThat(workerPids()).as("the workers, not restarted").isEqualTo(workers);
    for (WorkerProcess worker : workers()) {
      worker.awaitPolling(cluster.service(), "default");
    }
  }

  private static void awaitCallsWaiting(String system, int calls) {
    Await.until(
        calls + " calls to " + system + " waiting out their latency",
        SOON,
        () -> stack.sandbox.waiting(system) == calls);
  }

  private static Map<String, Long> servicePids() {
    Map<String, Long> pids = new LinkedHashMap<>(cluster.pids());
    pids.remove("postgres");
    return pids;
  }

  private static List<WorkerProcess> workers() {
    return List.of(stack.workflowWorker, stack.paymentStatusWorker, stack.stepWorker);
  }

  private static Map<String, Long> workerPids() {
    Map<String, Long> pids = new HashMap<>();
    for (WorkerProcess worker : workers()) {
      assertThat(worker.isAlive()).as(worker.name()).isTrue();
      pids.put(worker.name(), worker.pid());
    }
    return pids;
  }

  /** One case's orders: one unit each of a SKU of their own, for a customer of their own. */
  private static final class Batch {
    private final String customer;
    private final String sku;
    private final List<OrderRequest> orders = new ArrayList<>();

    Batch(String name) {
      String suffix = UUID.randomUUID().toString().substring(0, 6);
      customer = "c-" + name + "-" + suffix;
      sku = "SKU-" + name.toUpperCase() + "-" + suffix.toUpperCase();
      stack.sandbox.stock(sku, STOCK);
    }

    /** Places {@code count} orders whose payments stay pending until {@link #settle}. */
    void place(int count) {
      for (int i = 0; i < count; i++) {
        OrderRequest order = Orders.oneOf(customer, sku, "tok_never");
        stack.start(order);
        orders.add(order);
      }
    }

    void placeAwaitingPayment(int count) {
      place(count);
      awaitAwaitingPayment();
    }

    void awaitAwaitingPayment() {
      for (OrderRequest order : orders) {
        Await.until(
            order.orderId() + " to await payment",
            Duration.ofSeconds(60),
            () -> stack.status(order.orderId()).status() == OrderStatus.AWAITING_PAYMENT);
      }
    }

    /** The provider settles every payment of the batch (its webhook follows). */
    void settle() {
      Downstream downstream = new Downstream(stack.sandbox.state());
      for (OrderRequest order : orders) {
        stack.sandbox.settle(downstream.paymentId(order.orderId()));
      }
    }

    /** Every order completes, and the books say each forward effect happened exactly once. */
    void assertBooksRight() {
      Map<String, String> statuses = new LinkedHashMap<>();
      for (OrderRequest order : orders) {
        statuses.put(order.orderId(), stack.result(order.orderId(), TO_END).status().name());
      }
      String query = "CustomerId = '" + customer + "'";
      Await.until(
          "visibility to list the " + orders.size() + " orders",
          SOON,
          () -> stack.temporal.count(query) >= orders.size());
      ChaosBooks books =
          new ChaosBooks(
              stack.sandbox.state(),
              statuses,
              sku,
              STOCK,
              orders.size(),
              stack.temporal.count(query));
      assertThat(books.violations()).as(books.summary(customer)).isEmpty();
      assertThat(statuses.values()).containsOnly(OrderStatus.COMPLETED.name());
      Downstream downstream = new Downstream(stack.sandbox.state());
      for (OrderRequest order : orders) {
        for (String effect : Downstream.FORWARD_EFFECTS) {
          assertThat(downstream.effects(order.orderId(), effect))
              .as(order.orderId() + " " + effect)
              .isEqualTo(1);
        }
      }
    }
  }
}
