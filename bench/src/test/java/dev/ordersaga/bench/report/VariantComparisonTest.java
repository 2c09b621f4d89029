package dev.ordersaga.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariantComparisonTest {
  @Test
  void eachFigureIsTheMeanOverTheVariantsRoundsBesideTheBaselines() {
    VariantComparison c = comparison();

    assertThat(c.row("sagaPerSecond"))
        .isEqualTo(
            new VariantComparison.Row("sagaPerSecond", "saga orders/s", 9, 10, -1, 0.9, -10));
    assertThat(c.row("sagaP99Ms").subject()).isEqualTo(2200);
    assertThat(c.row("sagaP99Ms").baseline()).isEqualTo(2000);
  }

  @Test
  void cpuPerOrderIsComparedInAllAndByProcess() {
    VariantComparison c = comparison();

    assertThat(c.row("cpuMsPerOrder.total").difference()).isEqualTo(20);
    assertThat(c.row("cpuMsPerOrder.total").changePercent()).isEqualTo(20);
    assertThat(c.row("cpuMsPerOrder.api").subject()).isEqualTo(12);
    assertThat(c.rows())
        .extracting(VariantComparison.Row::key)
        .containsExactly(
            "sagaPerSecond",
            "sagaP50Ms",
            "sagaP99Ms",
            "cpuMsPerOrder.total",
            "cpuMsPerOrder.temporal",
            "cpuMsPerOrder.api",
            "answerP50Ms.16",
            "answerP99Ms.16");
  }

  @Test
  void theFrontDoorsAnswerIsComparedAtEachLevel() {
    VariantComparison c = comparison();

    assertThat(c.row("answerP50Ms.16").ratio()).isEqualTo(1.1);
    assertThat(c.row("answerP99Ms.16").subject()).isEqualTo(88);
    assertThat(c.row("answerP99Ms.16").baseline()).isEqualTo(80);
  }

  @Test
  void aZeroBaselineGivesNoRatioRatherThanInfinity() {
    VariantComparison.Row row = VariantComparison.Row.of("x", "x", 5, 0);

    assertThat(row.ratio()).isZero();
    assertThat(row.changePercent()).isZero();
    assertThat(row.difference()).isEqualTo(5);
  }

  @Test
  void aVariantWithoutRoundsIsRefused() {
    List<VariantRound> rounds = List.of(round("plain", 10, 2000, 100, 30, 80));

    assertThatThrownBy(() -> VariantComparison.of("encrypted", "plain", rounds))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("encrypted");
  }

  /**
   * Plain, encrypted, plain, encrypted: encrypted 9 orders/s and 120 ms of CPU, plain 10 and 100.
   */
  static VariantComparison comparison() {
    return VariantComparison.of(
        "encrypted",
        "plain",
        List.of(
            round("plain", 11, 2100, 110, 29, 78),
            round("encrypted", 8.5, 2300, 110, 32, 86),
            round("plain", 9, 1900, 90, 31, 82),
            round("encrypted", 9.5, 2100, 130, 34, 90)));
  }

  private static VariantRound round(
      String variant,
      double perSecond,
      double p99,
      double cpuMs,
      double answerP50,
      double answerP99) {
    Map<String, Double> cores = Map.of("temporal", 0.5, "api", 0.1);
    ThroughputResult saga =
        new ThroughputResult(
            16,
            perSecond,
            p99 / 2,
            p99,
            (int) (perSecond * 10),
            0,
            cores,
            orderedMs(cpuMs),
            new HistoryBreakdown(20, 60, 9, 8, 4, 7, 1, 1, 0, 14.2));
    return new VariantRound(
        variant, saga, List.of(new FrontDoorLevel(16, answerP50, answerP99, 1800, 2400, 8, 40, 0)));
  }

  private static Map<String, Double> orderedMs(double total) {
    java.util.LinkedHashMap<String, Double> ms = new java.util.LinkedHashMap<>();
    ms.put("temporal", total * 0.9);
    ms.put("api", total / 10);
    ms.put("total", total);
    return ms;
  }
}
