package dev.ordersaga.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.OrderIds;
import dev.ordersaga.order.OrderLedger;
import dev.ordersaga.order.OrderWorkflow;
import dev.ordersaga.order.TaskQueues;
import dev.ordersaga.processes.ApiProcess;
import dev.ordersaga.processes.Await;
import dev.ordersaga.processes.SandboxProcess;
import dev.ordersaga.processes.WorkerProcess;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code make chaos}: a few hundred orders of mixed outcomes (paid, declined, cancelled by the
 * customer, more orders than stock) through the REST API of a {@link ChaosStack} while each worker,
 * the API and the Temporal server are SIGKILLed by pid and restarted in turn and the providers fail
 * (503 rates, an outage, responses lost after the effect); then the books ({@link ChaosBooks}). Not
 * part of {@code make test} (its name does not end in IT). Bounded: orders are placed during {@code
 * chaos.duration} (default PT4M), the faults last as long, and the orders then have {@code
 * chaos.drain} (default PT4M) to end, and every one must end within {@link #AFTER_LAST_FAULT} of
 * the last fault. The edges: the payment-status worker SIGKILLed while the API is down (the
 * providers' callbacks lost: only the holder's lease brings the waiting payments back), forward
 * calls held past their step's timeout by provider latency, and completed orders reset and then
 * cancelled ({@link ChaosResets}). It logs one summary line and writes it to {@code
 * target/chaos-summary.txt}.
 */
class ChaosSoak {
  private static final Logger log = LoggerFactory.getLogger(ChaosSoak.class);
  private static final String SKU = "SKU-CHAOS";
  private static final Duration DOWN_FOR = Duration.ofSeconds(2);
  private static final Duration AFTER_LAST_FAULT = Duration.ofMinutes(5);
  private static final Duration PAST_STEP_TIMEOUT = Duration.ofSeconds(35);
  private static final int RESETS = 5;

  private final ChaosResets resets = new ChaosResets();
  private volatile long lastFaultAt = System.nanoTime();

  private final Map<String, Set<String>> ordersByKey = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> kills = new TreeMap<>();
  private final List<String> faults = new CopyOnWriteArrayList<>();
  private final List<String> unaccepted = new CopyOnWriteArrayList<>();
  private final Map<String, Integer> reasons = new TreeMap<>();

  @Test
  void everyOrderEndsWithRightBooksWhileProcessesDieAndProvidersFail() throws Exception {
    int orders = Integer.getInteger("chaos.orders", 240);
    Duration window = Duration.parse(System.getProperty("chaos.duration", "PT4M"));
    Duration drain = Duration.parse(System.getProperty("chaos.drain", "PT4M"));
    String run = Long.toString(System.currentTimeMillis(), 36);
    long stock = orders * 2L / 5;
    ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(24);
    try (ChaosStack stack = new ChaosStack(Stack.workDir("chaos"), Duration.ofSeconds(90));
        AutoCloseable noMoreFaults = () -> stopped(scheduler)) {
      stack.sandbox.stock(SKU, (int) stock);
      long deadline = System.nanoTime() + window.plus(drain).toNanos();
      List<ScheduledFuture<?>> placed = new CopyOnWriteArrayList<>();
      long spacing = window.multipliedBy(7).dividedBy(10).toMillis() / orders;
      for (int i = 0; i < orders; i++) {
        int index = i;
        placed.add(
            scheduler.schedule(
                () -> place(stack, scheduler, run + "-" + index, index, deadline),
                index * spacing,
                TimeUnit.MILLISECONDS));
      }
      scheduleKills(stack, scheduler, window);
      scheduleFaults(stack.sandbox, scheduler, window);
      scheduleLostCallbacks(stack, scheduler, window);
      scheduler.schedule(
          () -> {
            try {
              resets.resetAndCancel(stack.temporal.service(), stack.api, RESETS);
            } catch (RuntimeException | AssertionError e) {
              log.error("resetting completed orders failed", e);
              faults.add("resets failed: " + e);
            }
          },
          window.toMillis() * 6 / 10,
          TimeUnit.MILLISECONDS);

      for (ScheduledFuture<?> order : placed) {
        order.get(window.plus(drain).toMillis(), TimeUnit.MILLISECONDS);
      }
      Await.until("the chaos window to pass", window.plusSeconds(10), () -> windowPassed(window));
      stack.sandbox.clearFaults();
      for (ChaosStack.Victim victim : stack.victims()) {
        if (!victim.alive().getAsBoolean()) {
          victim.restart().run();
        }
      }
      faultNow();
      WorkflowClient client = stack.temporal.client();
      Await.until(
          "every order to end within " + AFTER_LAST_FAULT + " of the last fault",
          Duration.ofNanos(
              Math.max(0, lastFaultAt + AFTER_LAST_FAULT.toNanos() - System.nanoTime())),
          () -> stack.temporal.count(OrderWorkflow.RUNNING_ORDERS) == 0);
      Duration endedAfterLastFault = Duration.ofNanos(System.nanoTime() - lastFaultAt);

      ChaosBooks books =
          new ChaosBooks(
              stack.sandbox.state(),
              statuses(client, new ServerProbe(stack.temporal)),
              SKU,
              stock,
              ordersByKey.size(),
              orderWorkflowIds(client));
      List<String> resetViolations = resets.violations(books.statuses());
      String summary =
          books.summary(
              ("not accepted %d; all ended %d s after the last fault; %d completed orders reset and"
                      + " cancelled, %d changed; kills %s; faults %s")
                  .formatted(
                      unaccepted.size(),
                      endedAfterLastFault.toSeconds(),
                      resets.count(),
                      resetViolations.size(),
                      kills,
                      String.join(", ", faults)));
      log.info("how the orders ended: {}", reasons);
      log.info(summary);
      Files.writeString(Path.of("target/chaos-summary.txt"), summary + System.lineSeparator());
      books.violations().stream().limit(40).forEach(line -> log.warn("broken: {}", line));
      assertThat(books.violations()).as(summary).isEmpty();
      assertThat(resetViolations).as(summary).isEmpty();
      assertThat(resets.count()).as("completed orders reset").isPositive();
      assertThat(unaccepted).as("orders the API never accepted").isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      scheduler.shutdownNow();
    }
  }

  /**
   * How many order workflows there are, each counted once however many runs it had (a reset adds a
   * run, not a workflow).
   */
  private static long orderWorkflowIds(WorkflowClient client) {
    return client
        .listExecutions("WorkflowType = '" + OrderWorkflow.TYPE + "'")
        .map(run -> run.getExecution().getWorkflowId())
        .distinct()
        .count();
  }

  /** Stops the scheduled faults, so no restart outlives the stack. */
  private static void stopped(ScheduledExecutorService scheduler) throws InterruptedException {
    scheduler.shutdownNow();
    scheduler.awaitTermination(30, TimeUnit.SECONDS);
  }

  private volatile long windowStart = System.nanoTime();

  private boolean windowPassed(Duration window) {
    return System.nanoTime() - windowStart > window.toNanos();
  }

  /**
   * Places order {@code index} under {@code key} until the API accepts it, retrying with the same
   * key; one in ten is placed twice on purpose, and the customer cancels one in five.
   */
  private void place(
      ChaosStack stack, ScheduledExecutorService scheduler, String key, int index, long deadline) {
    String token =
        switch (index % 5) {
          case 2 -> "tok_decline";
          case 4 -> "tok_never";
          default -> "tok_ok";
        };
    String body =
        """
        {"customerId":"c-chaos","currency":"USD",
         "items":[{"sku":"%s","quantity":1,"unitPrice":"10.00"}],
         "payment":{"method":"card","token":"%s"},
         "shippingAddress":{"name":"Ada Lovelace","line1":"1 Analytical Way","city":"London",
                            "postalCode":"N1 9GU","country":"GB"}}
        """
            .formatted(SKU, token);
    int times = index % 10 == 3 ? 2 : 1;
    for (int time = 0; time < times; time++) {
      String orderId;
      try {
        orderId =
            untilAnswered(
                "order " + key,
                deadline,
                () -> {
                  ApiProcess.Reply reply = stack.api.post("/orders", body, key);
                  return reply.status() / 100 == 2 ? reply.body().path("orderId").asText() : null;
                });
      } catch (IllegalStateException e) {
        unaccepted.add(key);
        return;
      }
      ordersByKey.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(orderId);
      if (token.equals("tok_never") && time == 0) {
        scheduler.schedule(
            () ->
                untilAnswered(
                    "cancel of " + orderId,
                    deadline,
                    () -> {
                      int status =
                          stack
                              .api
                              .post("/orders/" + orderId + "/cancel", "{\"reason\":\"chaos\"}")
                              .status();
                      return status == 202 || status == 409 ? status : null;
                    }),
            1 + index % 8,
            TimeUnit.SECONDS);
      }
    }
  }

  private static <T> T untilAnswered(String what, long deadline, Supplier<T> call) {
    return Await.value(what, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())), call);
  }

  /** Kills each victim in turn, twice over the window, and starts it again two seconds later. */
  private void scheduleKills(
      ChaosStack stack, ScheduledExecutorService scheduler, Duration window) {
    windowStart = System.nanoTime();
    List<ChaosStack.Victim> victims = stack.victims();
    int rounds = 2 * victims.size();
    long every = window.toMillis() / (rounds + 1);
    for (int k = 0; k < rounds; k++) {
      ChaosStack.Victim victim = victims.get(k % victims.size());
      synchronized (kills) {
        kills.putIfAbsent(victim.name(), new AtomicInteger());
      }
      scheduler.schedule(
          () -> {
            victim.kill().run();
            faultNow();
            kills.get(victim.name()).incrementAndGet();
            scheduler.schedule(victim.restart(), DOWN_FOR.toMillis(), TimeUnit.MILLISECONDS);
          },
          (k + 1) * every,
          TimeUnit.MILLISECONDS);
    }
  }

  private void faultNow() {
    lastFaultAt = System.nanoTime();
  }

  /**
   * Halfway through the window, the API goes down (the providers' callbacks are lost) and, while it
   * is down, the payment-status worker is SIGKILLed; both start again after {@link #DOWN_FOR}.
   */
  private void scheduleLostCallbacks(
      ChaosStack stack, ScheduledExecutorService scheduler, Duration window) {
    WorkerProcess paymentStatus = stack.workers.get(TaskQueues.PAYMENT_STATUS);
    scheduler.schedule(
        () -> {
          stack.api.kill();
          paymentStatus.kill();
          faultNow();
          faults.add("api and payment-status worker down together");
          scheduler.schedule(
              () -> {
                paymentStatus.restart();
                stack.api.restart();
              },
              DOWN_FOR.multipliedBy(3).toMillis(),
              TimeUnit.MILLISECONDS);
        },
        window.toMillis() / 2,
        TimeUnit.MILLISECONDS);
  }

  /** Provider faults in phases over the window, all cleared before it ends. */
  private void scheduleFaults(
      SandboxProcess sandbox, ScheduledExecutorService scheduler, Duration window) {
    Object[][] phases = {
      {0.00, "payments", "{\"failureRate\":0.3}"},
      {0.15, "shipping", "{\"outage\":true,\"retryAfterSeconds\":2}"},
      {0.15, "risk", "{\"drop\":\"AFTER\",\"failureRate\":0.3}"},
      {0.30, "shipping", "{}"},
      {0.30, "risk", "{}"},
      {0.30, "inventory", "{\"drop\":\"AFTER\",\"failureRate\":0.3}"},
      {0.45, "inventory", "{}"},
      {0.45, "payments", "{\"drop\":\"AFTER\",\"failureRate\":0.3}"},
      {0.50, "inventory", "{\"latencyMs\":" + PAST_STEP_TIMEOUT.toMillis() + "}"},
      {0.55, "inventory", "{}"},
      {0.60, "payments", "{\"failureRate\":0.3}"},
      {0.60, "records", "{\"failureRate\":0.5}"},
      {0.60, "notifications", "{\"outage\":true,\"retryAfterSeconds\":2}"},
      {0.80, null, null},
    };
    for (Object[] phase : phases) {
      long at = (long) (window.toMillis() * (double) phase[0]);
      String system = (String) phase[1];
      String fault = (String) phase[2];
      scheduler.schedule(
          () -> {
            try {
              if (system == null) {
                sandbox.clearFaults();
              } else {
                sandbox.fault(system, fault);
              }
              faults.add(system == null ? "cleared" : system + fault);
              faultNow();
            } catch (RuntimeException e) {
              faults.add((system == null ? "cleared" : system + fault) + " (no answer)");
            }
          },
          at,
          TimeUnit.MILLISECONDS);
    }
  }

  /** Each order's final status; an order still running, or whose workflow failed, says so. */
  private Map<String, String> statuses(WorkflowClient client, ServerProbe server) {
    Map<String, String> statuses = new TreeMap<>();
    ordersByKey.values().stream()
        .flatMap(Set::stream)
        .forEach(
            orderId -> {
              WorkflowExecutionStatus status = server.executionStatus(orderId);
              if (status != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED) {
                statuses.put(orderId, status.name());
                return;
              }
              OrderLedger ledger =
                  client
                      .newUntypedWorkflowStub(OrderIds.workflowId(orderId))
                      .getResult(OrderLedger.class);
              statuses.put(orderId, ledger.status().name());
              reasons.merge(
                  ledger.status() + ": " + String.valueOf(ledger.statusReason()).split(":")[0],
                  1,
                  Integer::sum);
            });
    return statuses;
  }
}
