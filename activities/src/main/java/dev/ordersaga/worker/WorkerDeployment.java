package dev.ordersaga.worker;

import io.temporal.common.WorkerDeploymentVersion;
import io.temporal.worker.WorkerDeploymentOptions;
import io.temporal.worker.WorkerOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The Worker Deployment version a worker process joins: deployment {@value #NAME}, build id from
 * the build ({@value #BUILD_RESOURCE}: the project version and the build time) unless {@value
 * #BUILD_ID_VARIABLE} names another. Every queue of the saga joins with versioning on, so an order
 * (pinned) runs its workflow tasks and its steps on the workers of the version it started on, and
 * new orders start on the deployment's current version, which an operator sets ({@code
 * docs/operations.md}, "Roll out a new version of the order's rules"). The lease queue of a worker
 * that holds payments stays unversioned: its lease must reach that process whatever its version.
 *
 * @param version the deployment and build id, e.g. {@code
 *     order-saga.0.1.0-SNAPSHOT-20261207-101500} in the SDK's canonical form
 */
public record WorkerDeployment(WorkerDeploymentVersion version) {
  /** The Worker Deployment every saga worker joins. */
  public static final String NAME = "order-saga";

  /** The variable that overrides the build's id, e.g. to run two versions from one jar. */
  public static final String BUILD_ID_VARIABLE = "ORDER_SAGA_BUILD_ID";

  static final String BUILD_RESOURCE = "/order-saga-build.properties";

  public WorkerDeployment {
    if (!version.getDeploymentName().equals(NAME)) {
      throw new IllegalArgumentException(
          "saga workers join deployment " + NAME + ", not " + version.getDeploymentName());
    }
  }

  /**
   * The version of this build, or of {@value #BUILD_ID_VARIABLE} in {@code environment} when set
   * and not blank.
   *
   * @throws IllegalStateException when the build's resource is missing or has no build id
   */
  public static WorkerDeployment of(Map<String, String> environment) {
    String override = environment.get(BUILD_ID_VARIABLE);
    String buildId = override == null || override.isBlank() ? builtId() : override.strip();
    return new WorkerDeployment(new WorkerDeploymentVersion(NAME, buildId));
  }

  /** The build id alone, e.g. {@code B}. */
  public String buildId() {
    return version.getBuildId();
  }

  /** {@code options} with this version joined, versioning on. */
  WorkerOptions join(WorkerOptions options) {
    return WorkerOptions.newBuilder(options)
        .setDeploymentOptions(
            WorkerDeploymentOptions.newBuilder().setUseVersioning(true).setVersion(version).build())
        .build();
  }

  private static String builtId() {
    Properties build = new Properties();
    try (InputStream in = WorkerDeployment.class.getResourceAsStream(BUILD_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no " + BUILD_RESOURCE + " on the class path");
      }
      build.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + BUILD_RESOURCE, e);
    }
    String buildId = build.getProperty("buildId", "");
    if (buildId.isBlank() || buildId.contains("${")) {
      throw new IllegalStateException(
          BUILD_RESOURCE
              + " has no filtered buildId (\""
              + buildId
              + "\"); set "
              + BUILD_ID_VARIABLE);
    }
    return buildId.strip();
  }
}
