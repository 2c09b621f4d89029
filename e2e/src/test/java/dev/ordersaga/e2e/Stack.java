package dev.ordersaga.e2e;

import dev.ordersaga.order.CancelRequest;
import dev.ordersaga.order.OrderIds;
import dev.ordersaga.order.OrderLedger;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.OrderStatus;
import dev.ordersaga.order.OrderWorkflow;
import dev.ordersaga.order.TaskQueues;
import dev.ordersaga.processes.ApiProcess;
import dev.ordersaga.processes.Await;
import dev.ordersaga.processes.CodecServerProcess;
import dev.ordersaga.processes.FreePorts;
import dev.ordersaga.processes.SandboxProcess;
import dev.ordersaga.processes.TemporalEngine;
import dev.ordersaga.processes.WorkerProcess;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The whole system, each part its own OS process on free ports with its own data folder: Temporal
 * (the dev server, or the cluster on PostgreSQL: {@link Engines}), the sandbox, the codec server,
 * three worker processes (the workflow; payment status; every other step) and the API. Every
 * payload is encrypted with the stack's key ({@link dev.ordersaga.processes.StackCodec}).
 */
final class Stack implements AutoCloseable {
  static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  private final StartedParts parts = new StartedParts();
  final TemporalEngine temporal;
  final SandboxProcess sandbox;
  final WorkerProcess workflowWorker;
  final WorkerProcess paymentStatusWorker;
  final WorkerProcess stepWorker;
  final ApiProcess api;
  final CodecServerProcess codecServer;
  final Path temporalBinary;
  final Path dir;
  private final Path workerJar;
  private final Path workerConfig;
  private final Map<String, String> workerEnvironment;
  private final WorkflowClient client;
  final ServerProbe server;
  private RunbookShell runbook;

  /** The stack of the end-to-end tests: workers configured by {@code e2e-worker.yml}, no Web UI. */
  Stack(String name, Duration settleDelay, Duration paymentWindow) {
    this(name, settleDelay, paymentWindow, "e2e-worker.yml", false, Map.of());
  }

  /**
   * The runbook tests' stack: workers on {@code ops-worker.yml} (fast retries, undos that give up
   * after two attempts), no Web UI.
   */
  static Stack forRunbook(String name) {
    return new Stack(
        name, Duration.ofMillis(500), Duration.ofSeconds(60), "ops-worker.yml", false, Map.of());
  }

  /**
   * A stack whose workers read {@code workerConfig} (a file in {@code src/test/resources}), with
   * the Temporal Web UI on a free port when {@code withUi}, and {@code apiEnvironment} added to the
   * API process (e.g. its backpressure threshold).
   */
  Stack(
      String name,
      Duration settleDelay,
      Duration paymentWindow,
      String workerConfig,
      boolean withUi,
      Map<String, String> apiEnvironment) {
    this(name, settleDelay, paymentWindow, workerConfig, withUi, apiEnvironment, Map.of());
  }

  /**
   * The end-to-end tests' stack whose sandbox, workers and API also get {@code tracing} (e.g.
   * {@code JaegerProcess.tracingEnvironment()}).
   */
  static Stack traced(String name, Map<String, String> tracing) {
    return new Stack(
        name,
        Duration.ofSeconds(2),
        Duration.ofSeconds(60),
        "e2e-worker.yml",
        false,
        Map.of(),
        tracing);
  }

  private Stack(
      String name,
      Duration settleDelay,
      Duration paymentWindow,
      String workerConfig,
      boolean withUi,
      Map<String, String> apiEnvironment,
      Map<String, String> everyProcess) {
    dir = workDir(name);
    try {
      temporalBinary = property("e2e.temporal");
      int codecPort = FreePorts.next();
      String codecEndpoint = "http://127.0.0.1:" + codecPort;
      temporal = parts.add(Engines.start(dir, withUi ? codecEndpoint : null));
      int apiPort = FreePorts.next();
      sandbox = parts.add(StackParts.sandbox(dir, settleDelay, apiPort, everyProcess));
      this.workerConfig = StackParts.workerConfig(workerConfig);
      this.workerEnvironment =
          merged(
              StackParts.workerEnvironment(temporal.address(), sandbox, paymentWindow),
              everyProcess);
      this.workerJar = property("e2e.workerJar");
      codecServer =
          parts.add(
              new CodecServerProcess(
                  JAVA, workerJar, dir, codecPort, withUi ? temporal.uiUrl() : null, Map.of()));
      List<String> steps = new ArrayList<>(TaskQueues.ALL);
      steps.removeAll(List.of(TaskQueues.ORDERS, TaskQueues.PAYMENT_STATUS));
      workflowWorker = worker(List.of(TaskQueues.ORDERS));
      paymentStatusWorker = worker(List.of(TaskQueues.PAYMENT_STATUS));
      stepWorker = worker(steps);
      api =
          parts.add(
              StackParts.api(
                  dir,
                  apiPort,
                  temporal.address(),
                  merged(
                      merged(Map.of("ORDER_SAGA_PAYMENTS_URL", sandbox.url()), apiEnvironment),
                      everyProcess),
                  true));
      for (WorkerProcess worker : List.of(workflowWorker, paymentStatusWorker, stepWorker)) {
        worker.awaitPolling(temporal.service(), "default");
      }
      client = temporal.client();
      server = new ServerProbe(temporal);
    } catch (RuntimeException | AssertionError e) {
      close();
      throw e;
    }
  }

  private static Map<String, String> merged(Map<String, String> one, Map<String, String> other) {
    Map<String, String> both = new HashMap<>(one);
    both.putAll(other);
    return both;
  }

  private WorkerProcess worker(List<String> queues) {
    return parts.add(
        new WorkerProcess(JAVA, workerJar, workerConfig, dir, queues, workerEnvironment));
  }

  /**
   * One more worker process polling {@code queues}, configured as the stack's (its log {@code
   * name}.log), stopped with the stack.
   */
  WorkerProcess addWorker(String name, List<String> queues) {
    return parts.add(
        new WorkerProcess(
            name,
            JAVA,
            List.of("-jar", workerJar.toString()),
            List.of("--queues", String.join(",", queues), "--config", workerConfig.toString()),
            dir,
            queues,
            workerEnvironment));
  }

  OrderWorkflow start(OrderRequest order) {
    OrderWorkflow workflow =
        client.newWorkflowStub(
            OrderWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(OrderIds.workflowId(order.orderId()))
                .setTaskQueue(TaskQueues.ORDERS)
                .build());
    WorkflowClient.start(workflow::place, order);
    return workflow;
  }

  /** Starts the order and answers its final ledger, waiting at most {@code timeout} for it. */
  OrderLedger runToEnd(OrderRequest order, Duration timeout) {
    start(order);
    return result(order.orderId(), timeout);
  }

  /** Starts {@code count} orders, each drawn from {@code next}, and answers them in that order. */
  List<OrderRequest> startAll(int count, Supplier<OrderRequest> next) {
    List<OrderRequest> orders = Stream.generate(next).limit(count).toList();
    orders.forEach(this::start);
    return orders;
  }

  /** The order's final ledger, waiting at most {@code timeout}. */
  OrderLedger result(String orderId, Duration timeout) {
    try {
      return untyped(orderId)
          .getResult(timeout.toMillis(), TimeUnit.MILLISECONDS, OrderLedger.class);
    } catch (TimeoutException e) {
      throw new AssertionError("order " + orderId + " did not end within " + timeout, e);
    }
  }

  OrderLedger status(String orderId) {
    return workflow(orderId).status();
  }

  /**
   * Waits at most {@code within} for the order's ledger, as its query answers, to be {@code
   * status}.
   */
  void awaitStatus(String orderId, OrderStatus status, Duration within) {
    Await.until(orderId + " to be " + status, within, () -> status(orderId).status() == status);
  }

  /** Asks the order to cancel, as its customer does, for {@code reason}. */
  void cancel(String orderId, String reason) {
    workflow(orderId).cancel(new CancelRequest(reason));
  }

  WorkflowStub untyped(String orderId) {
    return client.newUntypedWorkflowStub(OrderIds.workflowId(orderId));
  }

  /** What has happened downstream so far, read from the sandbox now. */
  Downstream books() {
    return new Downstream(sandbox.state());
  }

  /** The runbook's shell against this stack, one per stack so its runs are numbered in order. */
  synchronized RunbookShell runbook() {
    if (runbook == null) {
      runbook = new RunbookShell(this);
    }
    return runbook;
  }

  private OrderWorkflow workflow(String orderId) {
    return client.newWorkflowStub(OrderWorkflow.class, OrderIds.workflowId(orderId));
  }

  static Path property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException(
          "system property " + name + " is not set (run through failsafe)");
    }
    Path path = Path.of(value).toAbsolutePath().normalize();
    if (!Files.exists(path)) {
      throw new IllegalStateException(
          name + " does not exist: " + path + " (build it first: make test)");
    }
    return path;
  }

  static Path workDir(String name) {
    try {
      Path dir =
          Path.of(System.getProperty("e2e.workDir", "target/e2e"))
              .resolve(name + "-" + System.currentTimeMillis());
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops every part that started, newest first, even when one of them fails to stop. */
  @Override
  public void close() {
    parts.close();
  }
}
