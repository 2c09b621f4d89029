package dev.ordersaga.bench.floor;

import dev.ordersaga.codec.PayloadEncryption;
import dev.ordersaga.order.TaskQueues;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
import io.temporal.worker.WorkerOptions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The floor's worker process: {@code java -cp order-saga-bench.jar
 * dev.ordersaga.bench.floor.FloorWorkerMain orders,inventory,...}, at {@code TEMPORAL_ADDRESS}. Its
 * pools have the sizes {@code config/worker.yml} gives the saga's (workflow tasks 200 on virtual
 * threads; 50 per step queue, 20 for notifications, 10,000 virtual for payment status), so the
 * floor differs from the saga only in what the workflow and activities do.
 */
public final class FloorWorkerMain {
  private static final Logger log = LoggerFactory.getLogger(FloorWorkerMain.class);
  private static final Map<String, Integer> SLOTS =
      Map.of(
          TaskQueues.ORDERS, 200,
          TaskQueues.ORDER_RECORDS, 50,
          TaskQueues.INVENTORY, 50,
          TaskQueues.PAYMENTS, 50,
          TaskQueues.PAYMENT_STATUS, 10_000,
          TaskQueues.SHIPPING, 50,
          TaskQueues.NOTIFICATIONS, 20);

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
    NoOpActivities activities = new NoOpActivities();
    for (String queue : queues) {
      Integer slots = SLOTS.get(queue);
      if (slots == null) {
        throw new IllegalArgumentException("unknown queue " + queue + "; one of " + SLOTS.keySet());
      }
      if (queue.equals(TaskQueues.ORDERS)) {
        Worker worker =
            factory.newWorker(
                queue,
                WorkerOptions.newBuilder()
                    .setMaxConcurrentWorkflowTaskExecutionSize(slots)
                    .setUsingVirtualThreadsOnWorkflowWorker(true)
                    .build());
        worker.registerWorkflowImplementationTypes(FloorWorkflowImpl.class);
      } else {
        Worker worker =
            factory.newWorker(
                queue,
                WorkerOptions.newBuilder()
                    .setMaxConcurrentActivityExecutionSize(slots)
                    .setUsingVirtualThreadsOnActivityWorker(queue.equals(TaskQueues.PAYMENT_STATUS))
                    .build());
        worker.registerActivitiesImplementations(activities);
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
