package dev.ordersaga.activities.interceptors;

import com.uber.m3.tally.Scope;
import dev.ordersaga.worker.OrderWorkerInterceptors;
import io.opentelemetry.api.OpenTelemetry;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactoryOptions;

/** An in-memory Temporal with the workers' interceptors, running {@link ProbeWorkflow}. */
public final class ProbeEnvironment {
  private ProbeEnvironment() {}

  /** Started, reporting to {@code metrics}, with {@code probe} serving {@code queue}. */
  public static TestWorkflowEnvironment start(Scope metrics, String queue, Probe probe) {
    TestWorkflowEnvironment env =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder()
                .setMetricsScope(metrics)
                .setWorkerFactoryOptions(
                    WorkerFactoryOptions.newBuilder()
                        .setWorkerInterceptors(OrderWorkerInterceptors.all(OpenTelemetry.noop()))
                        .build())
                .build());
    Worker worker = env.newWorker(queue);
    worker.registerWorkflowImplementationTypes(ProbeWorkflow.Impl.class);
    worker.registerActivitiesImplementations(probe);
    env.start();
    return env;
  }
}
