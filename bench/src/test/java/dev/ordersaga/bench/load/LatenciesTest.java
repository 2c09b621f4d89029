package dev.ordersaga.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTest {
  @Test
  void percentilesAreNearestRank() {
    double[] millis = new double[100];
    for (int i = 0; i < 100; i++) {
      millis[i] = 100 - i;
    }
    Latencies latencies = new Latencies(millis);

    assertThat(latencies.percentile(50)).isEqualTo(50);
    assertThat(latencies.percentile(99)).isEqualTo(99);
    assertThat(latencies.percentile(100)).isEqualTo(100);
  }

  @Test
  void noLatenciesHaveZeroPercentiles() {
    assertThat(new Latencies(new double[0]).percentile(99)).isZero();
  }
}
