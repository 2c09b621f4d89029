package dev.ordersaga.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Two variants of the stack measured in alternating rounds of one run, {@code subject} beside
 * {@code baseline}: each figure is the mean over the variant's rounds.
 *
 * @param rounds every round, in the order they ran
 * @param rows one line per figure
 */
public record VariantComparison(
    String subject, String baseline, List<VariantRound> rounds, List<Row> rows) {

  /**
   * One figure of both variants.
   *
   * @param key a stable name, e.g. {@code sagaPerSecond}, {@code cpuMsPerOrder.total}, {@code
   *     answerP50Ms.16}
   * @param figure what the page calls it
   * @param difference {@code subject - baseline}
   * @param ratio {@code subject / baseline}, 0 when the baseline is 0
   * @param changePercent {@code (subject / baseline - 1) * 100}, 0 when the baseline is 0
   */
  public record Row(
      String key,
      String figure,
      double subject,
      double baseline,
      double difference,
      double ratio,
      double changePercent) {
    static Row of(String key, String figure, double subject, double baseline) {
      return new Row(
          key,
          figure,
          round(subject, 1),
          round(baseline, 1),
          round(subject - baseline, 1),
          baseline == 0 ? 0 : round(subject / baseline, 3),
          baseline == 0 ? 0 : round((subject / baseline - 1) * 100, 1));
    }
  }

  static final String TOTAL = "total";

  /**
   * The rows of {@code rounds}: saga throughput, its latency, CPU per order in all and by process,
   * and the front door's answer at each level both variants ran.
   *
   * @throws IllegalArgumentException when either variant has no round
   */
  public static VariantComparison of(String subject, String baseline, List<VariantRound> rounds) {
    List<VariantRound> s = of(subject, rounds);
    List<VariantRound> b = of(baseline, rounds);
    List<Row> rows = new ArrayList<>();
    rows.add(row("sagaPerSecond", "saga orders/s", s, b, r -> r.saga().perSecond()));
    rows.add(row("sagaP50Ms", "saga order p50 ms", s, b, r -> r.saga().p50Ms()));
    rows.add(row("sagaP99Ms", "saga order p99 ms", s, b, r -> r.saga().p99Ms()));
    Set<String> processes = new LinkedHashSet<>();
    rounds.forEach(r -> processes.addAll(r.saga().cpuMsPerOrder().keySet()));
    processes.remove(TOTAL);
    rows.add(row("cpuMsPerOrder.total", "CPU ms per order: all processes", s, b, cpu(TOTAL)));
    for (String process : processes) {
      rows.add(row("cpuMsPerOrder." + process, "CPU ms per order: " + process, s, b, cpu(process)));
    }
    Set<Integer> levels = new LinkedHashSet<>();
    rounds.forEach(r -> r.frontDoor().forEach(level -> levels.add(level.clients())));
    for (int clients : levels) {
      rows.add(
          row(
              "answerP50Ms." + clients,
              "POST /orders p50 ms (" + clients + " clients)",
              s,
              b,
              r -> level(r, clients).answerP50Ms()));
      rows.add(
          row(
              "answerP99Ms." + clients,
              "POST /orders p99 ms (" + clients + " clients)",
              s,
              b,
              r -> level(r, clients).answerP99Ms()));
    }
    return new VariantComparison(subject, baseline, List.copyOf(rounds), List.copyOf(rows));
  }

  /** The row with {@code key}; absent keys give a row of zeros. */
  public Row row(String key) {
    return rows.stream()
        .filter(r -> r.key().equals(key))
        .findFirst()
        .orElse(Row.of(key, key, 0, 0));
  }

  private static List<VariantRound> of(String variant, List<VariantRound> rounds) {
    List<VariantRound> of = rounds.stream().filter(r -> r.variant().equals(variant)).toList();
    if (of.isEmpty()) {
      throw new IllegalArgumentException("no round of " + variant);
    }
    return of;
  }

  private static ToDoubleFunction<VariantRound> cpu(String process) {
    return r -> r.saga().cpuMsPerOrder().getOrDefault(process, 0.0);
  }

  private static FrontDoorLevel level(VariantRound round, int clients) {
    return round.frontDoor().stream()
        .filter(l -> l.clients() == clients)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    round.variant() + " has no front-door level of " + clients + " clients"));
  }

  private static Row row(
      String key,
      String figure,
      List<VariantRound> subject,
      List<VariantRound> baseline,
      ToDoubleFunction<VariantRound> value) {
    return Row.of(key, figure, mean(subject, value), mean(baseline, value));
  }

  private static double mean(List<VariantRound> rounds, ToDoubleFunction<VariantRound> value) {
    return rounds.stream().mapToDouble(value).average().orElseThrow();
  }

  private static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }
}
