package dev.ordersaga.worker;

import dev.ordersaga.activities.DownstreamClients;
import dev.ordersaga.codec.PayloadEncryption;
import dev.ordersaga.connection.ClusterAccess;
import dev.ordersaga.order.SagaNames;
import dev.ordersaga.order.TaskQueues;
import dev.ordersaga.telemetry.tracing.TemporalTracing;
import dev.ordersaga.telemetry.tracing.Tracing;
import io.opentelemetry.api.OpenTelemetry;
import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker process: {@code worker [--queues orders,inventory,...|all] [--config worker.yml]};
 * {@code worker --list-queues} prints every task queue, one per line ({@link TaskQueues#ALL}, from
 * the step registry), for the scripts that start one worker per queue. Temporal's profile file and
 * the {@code TEMPORAL_*} variables ({@code TEMPORAL_ADDRESS}, {@code TEMPORAL_NAMESPACE}, {@code
 * TEMPORAL_API_KEY}, {@code TEMPORAL_TLS_CLIENT_CERT_PATH}, ...) override the file's address and
 * namespace and secure the connection ({@link ClusterAccess}); {@code ORDER_SAGA_CODEC_KEYS}
 * encrypts every payload ({@link PayloadEncryption}); {@code ORDER_SAGA_BUILD_ID} names the Worker
 * Deployment version it joins ({@link WorkerDeployment}); {@code OTEL_SERVICE_NAME} and {@code
 * OTEL_EXPORTER_OTLP_ENDPOINT} name it and say where its spans go, {@code ORDER_SAGA_TRACING=off}
 * keeps them ({@link Tracing}); {@code WORKER_HTTP_PORT} (default: a free port, logged) serves
 * {@code /health} and {@code /metrics}, from the start. Until Temporal answers, it keeps trying
 * with capped backoff ({@link WorkerStarter}) and {@code /health} says 503. Runs until SIGTERM,
 * then stops polling, hands its waiting payments on to other workers at once, drains in-flight
 * tasks (up to {@link #DRAIN}) and hands on any payment registered meanwhile ({@link
 * DownstreamClients#close()}) before exiting; exits with status 1 if its workers stop any other
 * way, so that a supervisor starts it again.
 */
public final class WorkerMain {
  private static final Logger log = LoggerFactory.getLogger(WorkerMain.class);
  private static final Duration WATCH = Duration.ofSeconds(2);
  private static final Duration PROBE = Duration.ofSeconds(5);

  /**
   * How often the process reports its workers to the server, for {@code temporal worker list}; the
   * SDK's default of a minute leaves a just-started worker unlisted for that long.
   */
  private static final Duration WORKER_HEARTBEAT = Duration.ofSeconds(10);

  /**
   * How long a stopping worker waits for its in-flight tasks; {@code scripts/down.sh} allows it.
   */
  static final Duration DRAIN = Duration.ofSeconds(30);

  private WorkerMain() {}

  public static void main(String[] args) {
    if (args.length == 1 && args[0].equals("--list-queues")) {
      TaskQueues.ALL.forEach(System.out::println);
      return;
    }
    try {
      run(args);
    } catch (Throwable e) {
      log.error("worker failed; exiting", e);
      System.exit(1);
    }
  }

  private static void run(String[] args) throws InterruptedException {
    WorkerArguments arguments = WorkerArguments.parse(args);
    Map<String, String> env = System.getenv();
    WorkerConfig config =
        arguments.configFile() == null
            ? WorkerConfig.defaults()
            : WorkerConfig.load(Path.of(arguments.configFile()), env);
    config.check();
    ClusterAccess access =
        ClusterAccess.load(config.temporal().address(), config.temporal().namespace(), env);
    Set<String> queues = arguments.queues();
    WorkerDeployment deployment = WorkerDeployment.of(env);

    OpenTelemetry tracing = Tracing.open("order-saga-worker", env);
    WorkerMetrics metrics = new WorkerMetrics();
    WorkflowServiceStubs service =
        WorkflowServiceStubs.newServiceStubs(
            access.stubsOptions().setMetricsScope(metrics.scope()).build());
    WorkflowClientOptions clientOptions =
        TemporalTracing.client(WorkflowClientOptions.newBuilder(), tracing, SagaNames.INSTANCE)
            .setNamespace(access.namespace())
            .setIdentity(WorkerIdentity.unique())
            .setWorkerHeartbeatInterval(WORKER_HEARTBEAT)
            .setDataConverter(PayloadEncryption.converter(PooledJsonConverter.create(), env))
            .build();
    DownstreamClients clients = new DownstreamClients(config.downstream(), tracing);
    metrics.watch(clients.paymentPoller(), config.paymentWait().stranded());
    WorkerStarter starter =
        new WorkerStarter(
            () -> {
              service
                  .blockingStub()
                  .withDeadlineAfter(PROBE.toMillis(), TimeUnit.MILLISECONDS)
                  .getSystemInfo(GetSystemInfoRequest.getDefaultInstance());
              return OrderWorkers.start(
                  WorkflowClient.newInstance(service, clientOptions),
                  config,
                  queues,
                  clients,
                  deployment,
                  tracing);
            },
            Backoff.CONNECT);
    WorkerHttpServer http =
        WorkerHttpServer.start(
            env.getOrDefault("WORKER_HTTP_HOST", "127.0.0.1"),
            Integer.parseInt(env.getOrDefault("WORKER_HTTP_PORT", "0")),
            service,
            starter::state,
            metrics);
    log.info(
        "worker for {} as version {} on {} namespace {}; health and metrics on port {}",
        queues,
        deployment.version().toCanonicalString(),
        access.address(),
        access.namespace(),
        http.port());

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  log.info("worker stopping: handing waiting payments on, then draining");
                  starter.stop(DRAIN, clients.paymentPoller()::close);
                  clients.close();
                  http.close();
                  service.shutdown();
                  metrics.close();
                  stopped.countDown();
                }));
    if (starter.run()) {
      log.info("worker polling {}", queues);
    }
    while (!stopped.await(WATCH.toMillis(), TimeUnit.MILLISECONDS)) {
      if (starter.state() == WorkerStarter.State.STOPPED && !starter.stopRequested()) {
        log.error("the workers stopped without being asked to; exiting");
        System.exit(1);
      }
    }
  }
}
