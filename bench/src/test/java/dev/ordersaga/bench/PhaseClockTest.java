package dev.ordersaga.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhaseClockTest {
  @Test
  void phasesAreRecordedInTheOrderTheyRanWithWhatTheyAnswered() {
    PhaseClock clock = new PhaseClock();

    String answer = clock.time("frontdoor", () -> "rows");
    clock.add("stack", System.nanoTime());
    clock.time("throughput", () -> 1);

    assertThat(answer).isEqualTo("rows");
    assertThat(List.copyOf(clock.seconds().keySet()))
        .containsExactly("frontdoor", "stack", "throughput");
    assertThat(clock.seconds().values()).allSatisfy(s -> assertThat(s).isBetween(0.0, 60.0));
  }
}
