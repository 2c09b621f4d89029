package dev.ordersaga.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariantPhaseTest {
  @Test
  void roundsAlternateFromTheSubjectSoTheBaselineSitsBetween() {
    assertThat(VariantPhase.alternating("on", "off", 5))
        .containsExactly("on", "off", "on", "off", "on");
  }

  @Test
  void aRoundOfNeitherVariantIsRefusedBeforeTheStackIsTouched() {
    List<Boolean> turned = new ArrayList<>();
    VariantPhase phase = new VariantPhase("tracing", "traced", "untraced", turned::add);

    assertThatThrownBy(
            () -> phase.run(List.of("traced", "plain"), null, BenchSettings.smoke(Map.of()), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plain");
    assertThat(turned).isEmpty();
  }
}
