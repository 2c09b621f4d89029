package dev.ordersaga.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CodecPhaseTest {
  @Test
  void roundsAlternateFromEncrypted() {
    assertThat(CodecPhase.alternating(3)).containsExactly("encrypted", "plain", "encrypted");
  }

  @Test
  void theDefaultRunMeasuresTheCodecInThreeRounds() {
    BenchSettings settings = BenchSettings.of(Map.of());

    assertThat(settings.runs("codec")).isTrue();
    assertThat(settings.codecRounds()).containsExactly("encrypted", "plain", "encrypted");
  }

  @Test
  void theCodecPhaseCanRunAlone() {
    BenchSettings settings = BenchSettings.of(Map.of("BENCH_PHASES", "codec"));

    assertThat(settings.phases()).containsExactly("codec");
    assertThat(settings.complete()).isFalse();
  }
}
