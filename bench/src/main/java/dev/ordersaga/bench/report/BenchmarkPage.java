package dev.ordersaga.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code docs/benchmarks.md}: the template {@code benchmarks.md.mustache} (with {@code
 * parked.mustache} for each parked run) filled with one run's figures. Plain figures come from the
 * {@link BenchResult} as recorded; table cells are formatted here, to the decimals the page shows.
 */
final class BenchmarkPage {
  private static final Mustache TEMPLATE =
      new DefaultMustacheFactory("dev/ordersaga/bench/report") {
        @Override
        public void encode(String value, Writer writer) {
          try {
            writer.write(value);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }.compile("benchmarks.md.mustache");

  private BenchmarkPage() {}

  /**
   * @param largerParkedRun a parked-only run with more parked orders than {@code r}, shown after
   *     the run's own parked section
   */
  static String render(
      BenchResult r, String jsonName, String pngName, Optional<RecordedRun> largerParkedRun) {
    Map<?, ?> settings = new ObjectMapper().convertValue(r.settings(), Map.class);
    List<EngineLine> engines =
        r.engines() == null ? List.of() : r.engines().stream().map(EngineLine::of).toList();
    Map<String, Object> page =
        Map.ofEntries(
            Map.entry("r", r),
            Map.entry("jsonName", jsonName),
            Map.entry("pngName", pngName),
            Map.entry("minutes", format("%.1f", r.wallSeconds() / 60)),
            Map.entry("settings", settings),
            Map.entry("latencies", String.valueOf(settings.get("latencyMs"))),
            Map.entry("sqlitePragmas", String.valueOf(r.environment().get("sqlitePragmas"))),
            Map.entry("gogc", r.environment().getOrDefault("serverGogc", "100")),
            Map.entry("frontDoor", r.frontDoor().stream().map(FrontDoorLine::of).toList()),
            Map.entry(
                "throughput",
                List.of(
                    ThroughputLine.of("saga", r.saga()), ThroughputLine.of("floor", r.floor()))),
            Map.entry("cost", CostBreakdown.of(r.saga(), r.floor())),
            Map.entry("parked", ParkedView.of(r.parked())),
            Map.entry("larger", largerParkedRun.map(LargerRun::of).stream().toList()),
            Map.entry("growth", r.costGrowth().stream().map(GrowthLine::of).toList()),
            Map.entry("engines", engines),
            Map.entry("roundOrder", roundOrder(r)),
            Map.entry("rounds", RoundLine.of(r)),
            Map.entry("roundsRan", RoundLine.of(r).isEmpty() ? List.of() : List.of(true)),
            Map.entry("phases", phases(r.phaseSeconds())),
            Map.entry("enginesRan", engines.isEmpty() ? List.of() : List.of(true)),
            Map.entry("codec", CodecView.of(r.codec())),
            Map.entry("limits", Limits.of(r)));
    StringWriter md = new StringWriter();
    TEMPLATE.execute(md, page);
    return md.toString();
  }

  /** The phases' wall seconds as the header prints them: {@code stack 21 s, frontdoor 70 s}. */
  private static List<String> phases(Map<String, Double> seconds) {
    if (seconds == null || seconds.isEmpty()) {
      return List.of();
    }
    return List.of(
        seconds.entrySet().stream()
            .map(e -> format("%s %.0f s", e.getKey(), e.getValue()))
            .collect(Collectors.joining(", ")));
  }

  /** The sides of the dev server's rounds in order, e.g. {@code saga, floor, floor, saga}. */
  private static String roundOrder(BenchResult r) {
    List<ThroughputRound> rounds = r.throughputRounds() == null ? List.of() : r.throughputRounds();
    return rounds.isEmpty()
        ? "saga, then floor, one round each"
        : rounds.stream().map(ThroughputRound::side).collect(Collectors.joining(", "));
  }

  /** {@code cores} as the page prints CPU by process: {@code temporal 0.96, sandbox 0.19}. */
  static String cores(Map<String, Double> cores) {
    return cores.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  static String format(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }

  private record FrontDoorLine(
      int clients,
      String asyncP50,
      String asyncP99,
      String syncP50,
      String syncP99,
      String ratioP50,
      String ratioP99,
      String doneP50,
      String doneP99,
      String asyncPerSec,
      String syncPerSec) {
    static FrontDoorLine of(FrontDoorRow f) {
      return new FrontDoorLine(
          f.clients(),
          format("%.1f", f.asyncP50Ms()),
          format("%.1f", f.asyncP99Ms()),
          format("%.1f", f.syncP50Ms()),
          format("%.1f", f.syncP99Ms()),
          format("%.1f", f.asyncP50Ms() == 0 ? 0 : f.syncP50Ms() / f.asyncP50Ms()),
          format("%.1f", f.asyncP99Ms() == 0 ? 0 : f.syncP99Ms() / f.asyncP99Ms()),
          format("%.0f", f.asyncDoneP50Ms()),
          format("%.0f", f.asyncDoneP99Ms()),
          format("%.1f", f.asyncOrdersPerSec()),
          format("%.1f", f.syncOrdersPerSec()));
    }
  }

  /** One throughput measurement as a table row shows it; {@code name} is its side or label. */
  private record ThroughputLine(
      String name,
      String perSecond,
      String p50,
      String p99,
      int completed,
      String cores,
      ThroughputResult result) {
    static ThroughputLine of(String name, ThroughputResult t) {
      return new ThroughputLine(
          name,
          format("%.1f", t.perSecond()),
          format("%.0f", t.p50Ms()),
          format("%.0f", t.p99Ms()),
          t.completed(),
          BenchmarkPage.cores(t.cpuCores()),
          t);
    }

    /** CPU ms per order over every process; read only by the tables that show it. */
    String cpuMs() {
      return format("%.0f", result.cpuMsPerOrder().getOrDefault("total", 0.0));
    }
  }

  /** One round of an engine: its side's figures ({@code line.name} is the side) and total cores. */
  private record RoundLine(String engine, int round, ThroughputLine line, String totalCores) {
    /** Every engine's rounds, or the dev server's alone when the engines phase did not run. */
    static List<RoundLine> of(BenchResult r) {
      List<EngineRow> engines = r.engines() == null ? List.of() : r.engines();
      if (engines.isEmpty() && r.throughputRounds() != null) {
        engines = List.of(new EngineRow("dev-server", "", null, null, r.throughputRounds()));
      }
      List<RoundLine> lines = new ArrayList<>();
      for (EngineRow e : engines) {
        List<ThroughputRound> rounds = e.rounds() == null ? List.of() : e.rounds();
        for (int i = 0; i < rounds.size(); i++) {
          ThroughputRound round = rounds.get(i);
          lines.add(
              new RoundLine(
                  e.engine(),
                  i + 1,
                  ThroughputLine.of(round.side(), round.result()),
                  format(
                      "%.2f",
                      round.result().cpuCores().values().stream()
                          .mapToDouble(Double::doubleValue)
                          .sum())));
        }
      }
      return List.copyOf(lines);
    }
  }

  private record EngineLine(
      String engine, String persistence, ThroughputLine saga, ThroughputLine floor, String ratio) {
    static EngineLine of(EngineRow e) {
      return new EngineLine(
          e.engine(),
          e.persistence(),
          ThroughputLine.of("saga", e.saga()),
          ThroughputLine.of("floor", e.floor()),
          format("%.2f", e.sagaOverFloor()));
    }
  }

  private record GrowthLine(
      int clients,
      String perSecond,
      String p50,
      String p99,
      String submitP99,
      String cores,
      String busiest) {
    static GrowthLine of(GrowthRow g) {
      return new GrowthLine(
          g.clients(),
          format("%.1f", g.ordersPerSec()),
          format("%.0f", g.p50Ms()),
          format("%.0f", g.p99Ms()),
          format("%.1f", g.submitP99Ms()),
          BenchmarkPage.cores(g.cpuCores()),
          g.busiest());
    }
  }

  private record CodecLine(
      String figure,
      String subject,
      String baseline,
      String difference,
      String ratio,
      String change) {
    static CodecLine of(VariantComparison.Row row) {
      return new CodecLine(
          row.figure(),
          format("%.1f", row.subject()),
          format("%.1f", row.baseline()),
          format("%+.1f", row.difference()),
          format("%.2f", row.ratio()),
          format("%+.1f %%", row.changePercent()));
    }
  }

  private record CodecView(
      String order,
      int frontDoorClients,
      int sagaClients,
      List<CodecLine> rows,
      String perSecondRatio,
      String cpuMsRatio,
      String cpuMsExtra,
      String answerP50Ratio) {
    /** Empty when the run has no codec phase. */
    static List<CodecView> of(VariantComparison c) {
      if (c == null) {
        return List.of();
      }
      List<VariantRound> rounds = c.rounds();
      List<FrontDoorLevel> levels = rounds.get(0).frontDoor();
      int headline =
          levels.stream()
              .mapToInt(FrontDoorLevel::clients)
              .filter(n -> n == 16)
              .findFirst()
              .orElse(levels.isEmpty() ? 0 : levels.get(levels.size() - 1).clients());
      VariantComparison.Row cpu = c.row("cpuMsPerOrder.total");
      return List.of(
          new CodecView(
              rounds.stream().map(VariantRound::variant).collect(Collectors.joining(", ")),
              headline,
              rounds.get(0).saga().clients(),
              c.rows().stream().map(CodecLine::of).toList(),
              format("%.2f", c.row("sagaPerSecond").ratio()),
              format("%.2f", cpu.ratio()),
              format("%+.1f", cpu.difference()),
              format("%.2f", c.row("answerP50Ms." + headline).ratio())));
    }
  }

  private record SampleLine(
      long parked,
      String ordersHeapMb,
      int ordersThreads,
      String paymentStatusHeapMb,
      int paymentStatusThreads) {
    static SampleLine of(ParkedSample s) {
      return new SampleLine(
          s.parked(),
          format("%.1f", s.ordersHeapMb()),
          s.ordersThreads(),
          format("%.1f", s.paymentStatusHeapMb()),
          s.paymentStatusThreads());
    }
  }

  private record ParkedView(
      int submitted,
      long parked,
      double parkSeconds,
      List<SampleLine> samples,
      WaitCost waiting,
      int settled,
      long completed,
      boolean drained,
      double drainSeconds) {
    static ParkedView of(ParkedResult p) {
      return new ParkedView(
          p.submitted(),
          p.parked(),
          p.parkSeconds(),
          p.samples().stream().map(SampleLine::of).toList(),
          p.waiting(),
          p.settled(),
          p.completed(),
          p.drained(),
          p.drainSeconds());
    }
  }

  private record LargerRun(RecordedRun run, ParkedView parked) {
    static LargerRun of(RecordedRun run) {
      return new LargerRun(run, ParkedView.of(run.result().parked()));
    }
  }
}
