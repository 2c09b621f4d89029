package dev.ordersaga.bench.floor;

import dev.ordersaga.codec.PayloadEncryption;
import dev.ordersaga.order.TaskQueues;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The floor's worker process: {@code java -cp order-saga-bench.jar
 * dev.ordersaga.bench.floor.FloorWorkerMain orders,inventory,...}, at {@code TEMPORAL_ADDRESS}: the
 * floor's workflow on {@code orders}, a no-op for every activity type on each step queue, each
 * queue's pool a {@link FloorPool}. Its workers stay out of Worker Versioning: the stack routes new
 * workflows to unversioned workers while they run.
 */
public final class FloorWorkerMain {
  private static final Logger log = LoggerFactory.getLogger(FloorWorkerMain.class);

  private FloorWorkerMain() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: FloorWorkerMain queue[,queue...]");
    }
    List<String> queues = List.of(args[0].split(","));
    WorkflowServiceStubs service =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder()
                .setTarget(System.getenv().getOrDefault("TEMPORAL_ADDRESS", "127.0.0.1:7233"))
                .build());
    WorkerFactory factory =
        WorkerFactory.newInstance(
            WorkflowClient.newInstance(
                service,
                WorkflowClientOptions.newBuilder()
                    .setDataConverter(PayloadEncryption.converter(System.getenv()))
                    .build()),
            WorkerFactoryOptions.newBuilder().setUsingVirtualWorkflowThreads(true).build());
    NoOpActivity activity = new NoOpActivity();
    for (String queue : queues) {
      FloorPool pool = FloorPool.on(queue);
      if (queue.equals(TaskQueues.ORDERS)) {
        factory
            .newWorker(queue, pool.workflowWorker())
            .registerWorkflowImplementationTypes(FloorWorkflowImpl.class);
      } else {
        factory.newWorker(queue, pool.activityWorker()).registerActivitiesImplementations(activity);
      }
    }
    factory.start();
    log.info("floor worker polling {}", queues);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  factory.shutdown();
                  factory.awaitTermination(30, TimeUnit.SECONDS);
                  service.shutdown();
                  stopped.countDown();
                }));
    stopped.await();
  }
}
