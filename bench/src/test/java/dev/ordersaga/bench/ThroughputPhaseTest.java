package dev.ordersaga.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ThroughputPhaseTest {
  @Test
  void roundsGoSagaFloorFloorSagaSoEachSideSitsAtTheSameMeanTime() {
    assertThat(ThroughputPhase.abba(2)).containsExactly("saga", "floor", "floor", "saga");
    assertThat(ThroughputPhase.abba(3))
        .containsExactly("saga", "floor", "floor", "saga", "saga", "floor");
  }

  @Test
  void
      theDefaultRunMeasuresSagaAndFloorInFourRoundsWithThirtyTwoInFlightOnTheDevServerAndSixteenOnTheCluster() {
    BenchSettings settings = BenchSettings.of(Map.of());

    assertThat(settings.throughputRounds()).containsExactly("saga", "floor", "floor", "saga");
    assertThat(settings.throughputClients()).isEqualTo(32);
    assertThat(settings.clusterThroughputClients()).isEqualTo(16);
  }

  @Test
  void theWorkflowsInFlightOnEachEngineCanBeSetForOneRun() {
    BenchSettings settings =
        BenchSettings.of(
            Map.of("BENCH_THROUGHPUT_CLIENTS", "64", "BENCH_CLUSTER_THROUGHPUT_CLIENTS", "8"));

    assertThat(settings.throughputClients()).isEqualTo(64);
    assertThat(settings.clusterThroughputClients()).isEqualTo(8);
  }
}
