package dev.ordersaga.processes;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.deployment.v1.RoutingConfig;
import io.temporal.api.deployment.v1.WorkerDeploymentVersion;
import io.temporal.api.enums.v1.VersionDrainageStatus;
import io.temporal.api.workflowservice.v1.DescribeWorkerDeploymentRequest;
import io.temporal.api.workflowservice.v1.DescribeWorkerDeploymentVersionRequest;
import io.temporal.api.workflowservice.v1.DescribeWorkerDeploymentVersionResponse;
import io.temporal.api.workflowservice.v1.SetWorkerDeploymentCurrentVersionRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Worker Deployment versions of a stack's workers, through the frontend's API (what {@code
 * temporal worker deployment ...} does): the current version, making a version current, a version's
 * task queues and its drainage.
 */
public final class WorkerDeployments {
  /** How long a version may take to appear once its workers poll. */
  public static final Duration REGISTRATION = Duration.ofSeconds(60);

  private final WorkflowServiceStubs service;
  private final String namespace;

  public WorkerDeployments(WorkflowServiceStubs service, String namespace) {
    this.service = service;
    this.namespace = namespace;
  }

  /**
   * The build id of {@code deployment}'s current version; empty while it has none or no such
   * deployment exists.
   */
  public Optional<String> currentBuildId(String deployment) {
    try {
      RoutingConfig routing =
          service
              .blockingStub()
              .describeWorkerDeployment(
                  DescribeWorkerDeploymentRequest.newBuilder()
                      .setNamespace(namespace)
                      .setDeploymentName(deployment)
                      .build())
              .getWorkerDeploymentInfo()
              .getRoutingConfig();
      return routing.hasCurrentDeploymentVersion()
          ? Optional.of(routing.getCurrentDeploymentVersion().getBuildId())
          : Optional.empty();
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /**
   * Makes {@code buildId} current, waiting up to {@link #REGISTRATION} for the version to exist
   * (its workers register it with their first polls): new orders start on it from then on.
   *
   * @throws IllegalStateException when it is not current in time
   */
  public void makeCurrent(String deployment, String buildId) {
    Await.until(
        deployment + ":" + buildId + " to become current",
        REGISTRATION,
        () -> {
          if (!currentBuildId(deployment).equals(Optional.of(buildId))) {
            service
                .blockingStub()
                .setWorkerDeploymentCurrentVersion(
                    SetWorkerDeploymentCurrentVersionRequest.newBuilder()
                        .setNamespace(namespace)
                        .setDeploymentName(deployment)
                        .setBuildId(buildId)
                        .setIdentity("order-saga harness")
                        .build());
          }
          return currentBuildId(deployment).equals(Optional.of(buildId));
        });
  }

  /** The names of the task queues the version's workers poll. */
  public Set<String> taskQueues(String deployment, String buildId) {
    return describe(deployment, buildId).getVersionTaskQueuesList().stream()
        .map(DescribeWorkerDeploymentVersionResponse.VersionTaskQueue::getName)
        .collect(Collectors.toSet());
  }

  /**
   * Whether the version still has open pinned workflows ({@code DRAINING}), none ({@code DRAINED}),
   * or was never drained since it stopped being current ({@code UNSPECIFIED}), as the server last
   * computed it.
   */
  public VersionDrainageStatus drainage(String deployment, String buildId) {
    return describe(deployment, buildId)
        .getWorkerDeploymentVersionInfo()
        .getDrainageInfo()
        .getStatus();
  }

  private DescribeWorkerDeploymentVersionResponse describe(String deployment, String buildId) {
    return service
        .blockingStub()
        .describeWorkerDeploymentVersion(
            DescribeWorkerDeploymentVersionRequest.newBuilder()
                .setNamespace(namespace)
                .setDeploymentVersion(
                    WorkerDeploymentVersion.newBuilder()
                        .setDeploymentName(deployment)
                        .setBuildId(buildId))
                .build());
  }
}
