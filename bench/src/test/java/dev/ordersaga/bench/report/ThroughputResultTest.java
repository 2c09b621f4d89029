package dev.ordersaga.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThroughputResultTest {
  @Test
  void theMeanOfRoundsAveragesRatesAndCoresAndSumsTheCounts() {
    ThroughputResult mean =
        ThroughputResult.mean(
            List.of(
                round(8, 1000, Map.of("temporal", 1.0, "worker-orders", 0.4), 20, 60),
                round(12, 2000, Map.of("temporal", 1.2, "worker-orders", 0.2), 10, 54)));

    assertThat(mean.perSecond()).isEqualTo(10);
    assertThat(mean.p50Ms()).isEqualTo(1500);
    assertThat(mean.completed()).isEqualTo(160 + 240);
    assertThat(mean.cpuCores()).containsEntry("temporal", 1.1).containsEntry("worker-orders", 0.3);
    assertThat(mean.cpuMsPerOrder())
        .containsEntry("temporal", 110.0)
        .containsEntry("worker-orders", 30.0)
        .containsEntry("total", 140.0);
    assertThat(mean.history().workflows()).isEqualTo(30);
    assertThat(mean.history().events()).isEqualTo(58);
  }

  @Test
  void theMeanOfNoRoundIsRefused() {
    assertThatThrownBy(() -> ThroughputResult.mean(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static ThroughputResult round(
      double perSecond, double p50, Map<String, Double> cores, int sampled, double events) {
    return new ThroughputResult(
        16,
        perSecond,
        p50,
        p50 * 2,
        (int) (perSecond * 20),
        0,
        cores,
        ThroughputResult.msPerOrder(cores, perSecond),
        new HistoryBreakdown(sampled, events, 9, 8, 0, 2, 0, 0, 0, 6.5));
  }
}
