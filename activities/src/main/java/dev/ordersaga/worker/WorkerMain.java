package dev.ordersaga.worker;

import dev.ordersaga.activities.DownstreamClients;
import dev.ordersaga.activities.DownstreamConfig;
import dev.ordersaga.activities.Endpoints;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactory;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker process: {@code worker [--queues orders,inventory,...|all] [--config worker.yml]}.
 * {@code TEMPORAL_ADDRESS}, {@code TEMPORAL_NAMESPACE} and {@code DOWNSTREAM_URL} override the
 * file. Runs until SIGTERM, then drains in-flight tasks before exiting.
 */
public final class WorkerMain {
  private static final Logger log = LoggerFactory.getLogger(WorkerMain.class);

  private WorkerMain() {}

  public static void main(String[] args) throws InterruptedException {
    WorkerArguments arguments = WorkerArguments.parse(args);
    Map<String, String> env = System.getenv();
    WorkerConfig config =
        arguments.configFile() == null
            ? WorkerConfig.defaults()
            : WorkerConfig.load(Path.of(arguments.configFile()), env);
    String address = env.getOrDefault("TEMPORAL_ADDRESS", config.temporal().address());
    String namespace = env.getOrDefault("TEMPORAL_NAMESPACE", config.temporal().namespace());
    String downstreamUrl = env.getOrDefault("DOWNSTREAM_URL", config.downstreamUrl());
    Set<String> queues = arguments.queues();

    WorkflowServiceStubs service =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(address).build());
    WorkflowClient client =
        WorkflowClient.newInstance(
            service, WorkflowClientOptions.newBuilder().setNamespace(namespace).build());
    DownstreamConfig downstream =
        downstreamUrl == null
            ? DownstreamConfig.defaults()
            : DownstreamConfig.defaults().withEndpoints(Endpoints.all(downstreamUrl));
    DownstreamClients clients = new DownstreamClients(downstream);
    WorkerFactory factory = OrderWorkers.start(client, config, queues, clients);
    log.info("worker polling {} on {} namespace {}", queues, address, namespace);

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  log.info("worker stopping: draining in-flight tasks");
                  factory.shutdown();
                  factory.awaitTermination(30, TimeUnit.SECONDS);
                  clients.close();
                  service.shutdown();
                  stopped.countDown();
                }));
    stopped.await();
  }
}
