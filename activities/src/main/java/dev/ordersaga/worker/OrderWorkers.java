package dev.ordersaga.worker;

import dev.ordersaga.activities.DownstreamClients;
import dev.ordersaga.activities.payments.PaymentCompletions;
import dev.ordersaga.order.OrderWorkflowImpl;
import dev.ordersaga.order.Step;
import dev.ordersaga.order.TaskQueues;
import dev.ordersaga.order.steps.ActivityTypes;
import io.opentelemetry.api.OpenTelemetry;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
import java.util.List;
import java.util.Set;

/**
 * One {@link WorkerFactory} with one {@link Worker} per selected queue: the order workflow on
 * {@code orders} (with the configured step policies), each step's activities on its own queue. With
 * {@code virtualThreads} on {@code orders}, cached workflows (orders parked awaiting payment) hold
 * virtual threads, not platform threads. On {@code payment-status} the worker's payment poller
 * starts with this client's completion client: it finishes the waiting payments; the worker holds
 * them under a lease ({@link HolderLeases}) that another worker acts on if this one dies. Every
 * queue's worker joins {@code deployment}'s version ({@link WorkerDeployment}).
 */
public final class OrderWorkers {
  private OrderWorkers() {}

  /** Creates, registers and starts the workers; the caller shuts the factory down. */
  public static WorkerFactory start(
      WorkflowClient client,
      WorkerConfig config,
      Set<String> queues,
      DownstreamClients downstream,
      WorkerDeployment deployment,
      OpenTelemetry openTelemetry) {
    WorkerFactory factory =
        WorkerFactory.newInstance(
            client,
            WorkerFactoryOptions.newBuilder()
                .setWorkerInterceptors(OrderWorkerInterceptors.all(openTelemetry))
                .setUsingVirtualWorkflowThreads(
                    Boolean.TRUE.equals(config.queue(TaskQueues.ORDERS).virtualThreads()))
                .build());
    config.flow().apply();
    for (String queue : queues) {
      QueueSettings settings = config.queue(queue);
      if (queue.equals(TaskQueues.ORDERS)) {
        Worker worker = factory.newWorker(queue, deployment.join(settings.workflowWorkerOptions()));
        worker.registerWorkflowImplementationTypes(
            config.stepPolicies().workflowImplementationOptions(), OrderWorkflowImpl.class);
      } else {
        Worker worker = factory.newWorker(queue, deployment.join(settings.activityWorkerOptions()));
        worker.registerActivitiesImplementations(activitiesOf(queue, downstream));
        if (queue.equals(TaskQueues.PAYMENT_STATUS)) {
          downstream
              .paymentPoller()
              .start(PaymentCompletions.of(client.newActivityCompletionClient()));
          HolderLeases.register(
              factory, worker, client, downstream.paymentPoller(), leaseTimeout(config));
        }
      }
    }
    factory.start();
    if (queues.contains(TaskQueues.PAYMENT_STATUS)) {
      HolderLeases.start(client, leaseTimeout(config));
    }
    return factory;
  }

  private static java.time.Duration leaseTimeout(WorkerConfig config) {
    return config
        .paymentWait()
        .leaseTimeout(config.stepPolicies().policy(ActivityTypes.AWAIT_PAYMENT));
  }

  /**
   * The clients a worker on {@code queue} registers: one per activity interface of the steps on it
   * ({@link Step#on(String)}), each once.
   *
   * @throws IllegalStateException when no client implements a step's interface, or no step uses the
   *     queue
   */
  static Object[] activitiesOf(String queue, DownstreamClients downstream) {
    List<Step> steps = Step.on(queue);
    if (steps.isEmpty()) {
      throw new IllegalStateException("no step runs on queue " + queue);
    }
    return steps.stream().map(Step::activities).distinct().map(downstream::implementing).toArray();
  }
}
