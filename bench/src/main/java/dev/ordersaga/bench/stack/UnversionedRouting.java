package dev.ordersaga.bench.stack;

import dev.ordersaga.processes.WorkerDeployments;
import dev.ordersaga.processes.WorkerProcess;
import dev.ordersaga.worker.WorkerDeployment;
import io.temporal.api.workflowservice.v1.SetWorkerDeploymentCurrentVersionRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;

/**
 * Sends the new workflows of the saga's Worker Deployment to unversioned workers, as {@code
 * temporal worker deployment set-current-version --unversioned} does: for workers that poll the
 * saga's queues outside Worker Versioning (the floor's), which no task reaches while a version is
 * current. The saga's next workers make their version current again ({@link
 * WorkerProcess#awaitPolling}).
 */
final class UnversionedRouting {
  private static final String NAMESPACE = "default";

  private UnversionedRouting() {}

  /** Makes no version current in the saga's deployment, if one is. */
  static void apply(WorkflowServiceStubs service) {
    if (new WorkerDeployments(service, NAMESPACE).currentBuildId(WorkerDeployment.NAME).isEmpty()) {
      return;
    }
    service
        .blockingStub()
        .setWorkerDeploymentCurrentVersion(
            SetWorkerDeploymentCurrentVersionRequest.newBuilder()
                .setNamespace(NAMESPACE)
                .setDeploymentName(WorkerDeployment.NAME)
                .setBuildId("")
                .setIgnoreMissingTaskQueues(true)
                .setIdentity("order-saga bench")
                .build());
  }
}
