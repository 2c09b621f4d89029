package dev.ordersaga.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TracingPhaseTest {
  @Test
  void theDefaultRunMeasuresTracingInThreeRoundsAfterTheCodec() {
    BenchSettings settings = BenchSettings.of(Map.of());

    assertThat(settings.runs("tracing")).isTrue();
    assertThat(settings.tracingRounds()).containsExactly("traced", "untraced", "traced");
    assertThat(BenchSettings.PHASES.indexOf("tracing"))
        .isEqualTo(BenchSettings.PHASES.indexOf("codec") + 1);
  }

  @Test
  void theFullRunMeasuresTracingInFiveRounds() {
    assertThat(BenchSettings.of(Map.of("BENCH_FULL", "1")).tracingRounds()).hasSize(5);
  }

  @Test
  void theSmokeRunIncludesTracingAndCanRunItAlone() {
    assertThat(BenchSettings.smoke(Map.of()).runs("tracing")).isTrue();

    BenchSettings alone =
        BenchSettings.smoke(BenchMain.environment(List.of("--smoke", "--phases", "tracing")));

    assertThat(alone.phases()).containsExactly("tracing");
    assertThat(alone.mode()).isEqualTo("smoke");
  }

  @Test
  void phasesWithoutAListAreRefused() {
    assertThatThrownBy(() -> BenchMain.environment(List.of("--smoke", "--phases")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--phases");
  }
}
