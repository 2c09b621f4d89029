package dev.ordersaga.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.temporal.common.WorkerDeploymentVersion;
import io.temporal.worker.WorkerOptions;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkerDeploymentTest {
  @Test
  void buildIdComesFromTheBuildWhenTheVariableIsUnset() {
    WorkerDeployment deployment = WorkerDeployment.of(Map.of());

    assertThat(deployment.version().getDeploymentName()).isEqualTo(WorkerDeployment.NAME);
    assertThat(deployment.buildId()).matches("\\d+\\.\\d+\\.\\d+.*-\\d{8}-\\d{6}");
  }

  @Test
  void variableOverridesTheBuildsId() {
    WorkerDeployment deployment =
        WorkerDeployment.of(Map.of(WorkerDeployment.BUILD_ID_VARIABLE, " B "));

    assertThat(deployment.buildId()).isEqualTo("B");
  }

  @Test
  void blankVariableKeepsTheBuildsId() {
    assertThat(WorkerDeployment.of(Map.of(WorkerDeployment.BUILD_ID_VARIABLE, " ")).buildId())
        .isEqualTo(WorkerDeployment.of(Map.of()).buildId());
  }

  @Test
  void joinedOptionsUseVersioningAsThisVersionAndKeepTheRest() {
    WorkerDeployment deployment =
        WorkerDeployment.of(Map.of(WorkerDeployment.BUILD_ID_VARIABLE, "A"));

    WorkerOptions joined =
        deployment.join(
            WorkerOptions.newBuilder().setMaxConcurrentActivityExecutionSize(7).build());

    assertThat(joined.getDeploymentOptions().isUsingVersioning()).isTrue();
    assertThat(joined.getDeploymentOptions().getVersion())
        .isEqualTo(new WorkerDeploymentVersion(WorkerDeployment.NAME, "A"));
    assertThat(joined.getMaxConcurrentActivityExecutionSize()).isEqualTo(7);
  }

  @Test
  void refusesAnotherDeployment() {
    assertThatThrownBy(() -> new WorkerDeployment(new WorkerDeploymentVersion("other", "A")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("other");
  }
}
