package dev.ordersaga.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultFilesTest {
  @TempDir Path dir;

  @Test
  void aRecordedRunReadsBackWithItsNumbers() {
    Path json = ResultFiles.json(run("2026-11-23T10:00:00Z", 6000, 180.5), dir);

    RecordedRun read = ResultFiles.read(json);

    assertThat(read.jsonName()).isEqualTo("20261123-100000.json");
    assertThat(read.result().parkedOrders()).isEqualTo(6000);
    assertThat(read.result().drainSeconds()).isEqualTo(180.5);
    assertThat(read.result().parked().samples()).hasSize(2);
    assertThat(read.result().saga().cpuCores()).containsEntry("temporal", 0.9);
  }

  @Test
  void newestLargerParkedRunSkipsSmallerAndOlderRuns() {
    ResultFiles.json(run("2026-11-23T09:00:00Z", 10000, 500), dir);
    ResultFiles.json(run("2026-11-23T11:00:00Z", 10000, 450), dir);
    ResultFiles.json(run("2026-11-23T12:00:00Z", 3000, 100), dir);

    Optional<RecordedRun> larger = ResultFiles.newestLargerParkedRun(dir, 6000);

    assertThat(larger).map(RecordedRun::jsonName).contains("20261123-110000.json");
    assertThat(ResultFiles.newestLargerParkedRun(dir, 10000)).isEmpty();
    assertThat(ResultFiles.newestLargerParkedRun(dir.resolve("absent"), 0)).isEmpty();
  }

  @Test
  void docsShowTheLargerParkedRunBesideTheRunsOwn() throws Exception {
    BenchResult full = run("2026-11-23T12:00:00Z", 6000, 300);
    RecordedRun larger = new RecordedRun(run("2026-11-23T11:00:00Z", 10000, 450), "big.json");

    ResultFiles.docs(full, dir.resolve("full.json"), dir, Optional.of(larger));

    String md = Files.readString(dir.resolve("benchmarks.md"));
    assertThat(md)
        .contains("### 10000 parked, a separate parked-only run")
        .contains("`bench/results/parked/big.json`")
        .contains(
            "| parked-only run: parkedOrders / parkedHeapMb / parkedThreads / drainSeconds"
                + " | 10000 / 250.0 / 73 / 450.0 |")
        .contains("no order was running after **300.0 s**")
        .contains("no order was running after **450.0 s**");
    assertThat(dir.resolve("benchmarks.png")).isNotEmptyFile();
  }

  @Test
  void thePageFillsEveryFigureOfTheTemplateInThePagesFormat() throws Exception {
    ResultFiles.docs(
        run("2026-11-23T12:00:00Z", 6000, 300), dir.resolve("full.json"), dir, Optional.empty());

    String md = Files.readString(dir.resolve("benchmarks.md"));
    assertThat(md)
        .doesNotContain("{{")
        .doesNotContain("parked-only run")
        .contains("Raw numbers: `bench/results/full.json`")
        .contains(
            "| 16 | 40.0 / 90.0 | 900.0 / 1000.0 | 22.5× / 11.1× | 1500 / 2000 | 8.0 / 15.0 |")
        .contains("| saga | 8.0 | 6000 | 12000 | 160 | ")
        .contains("| 4 | 4.3 | 860 | 1100 | 30.0 | ")
        .contains("| 6000 | 60.0 | 32 | 190.0 | 41 |")
        .contains("**600.0 bytes of heap per waiting payment**")
        .contains("the server gets **6.3 heartbeats/s**")
        .contains("**0.0 history events per order and hour**")
        .contains("**Saga ÷ floor = 0.53** (8.0 against 15.0 orders/s)")
        .contains("the saga adds 7 history events per order to the floor's 53 (")
        .contains("| history events | 60.0 | 53.0 | 1.13 |")
        .contains("| visibility writes (start, close, one per upsert) | 6.0 | 2.0 | 3.00 |")
        .contains("| history KiB (as stored) | 14.2 | 6.5 | 2.18 |")
        .contains("| CPU ms: temporal | 112.5 | 60.0 | 1.88 |")
        .contains("| **CPU ms: all processes** | 150.0 | 80.0 | 1.88 |")
        .contains("## 5. The codec's cost: encrypted beside plain payloads")
        .contains("Rounds in this run's order: plain, encrypted, plain, encrypted.")
        .contains("| saga orders/s | 9.0 | 10.0 | -1.0 | 0.90 | -10.0 % |")
        .contains("| CPU ms per order: all processes | 120.0 | 100.0 | +20.0 | 1.20 | +20.0 % |")
        .contains("| POST /orders p50 ms (16 clients) | 33.0 | 30.0 | +3.0 | 1.10 | +10.0 % |")
        .contains("**0.90 / 1.20 / 1.10** (+20.0 ms of CPU per order)");
  }

  @Test
  void aRunRecordedBeforeTheCodecPhaseRendersWithoutIt() throws Exception {
    BenchResult run = run("2026-11-23T12:00:00Z", 6000, 300);
    Path json = ResultFiles.json(run, dir);
    String text = Files.readString(json).replaceAll("(?s)\"codec\" : \\{.*?\n  \\},\n", "");
    assertThat(text).doesNotContain("\"codec\"");
    Files.writeString(json, text);

    RecordedRun read = ResultFiles.read(json);
    ResultFiles.docs(read.result(), json, dir, Optional.empty());

    assertThat(read.result().codec()).isNull();
    assertThat(Files.readString(dir.resolve("benchmarks.md")))
        .doesNotContain("{{")
        .doesNotContain("codec's cost")
        .doesNotContain("encrypted ÷ plain");
  }

  @Test
  void thePageShowsSagaAndFloorOnBothEnginesWithTheirRatioAndPersistence() throws Exception {
    ResultFiles.docs(
        run("2026-11-23T12:00:00Z", 6000, 300), dir.resolve("full.json"), dir, Optional.empty());

    String page = Files.readString(dir.resolve("benchmarks.md"));

    assertThat(page)
        .contains("### The same on Temporal's cluster")
        .contains("| cluster | saga | 12.0 | 5000 | 11000 | 240 |")
        .contains("| dev-server | floor | 15.0 |")
        .contains("| cluster | 0.80 | PostgreSQL, 4 history shards |")
        .contains("| dev-server | 0.53 | SQLite file |");
  }

  @Test
  void thePageShowsEachRoundOfSagaAndFloorAndTheWallTimeOfEachPhase() throws Exception {
    ResultFiles.docs(
        run("2026-11-23T12:00:00Z", 6000, 300), dir.resolve("full.json"), dir, Optional.empty());

    String page = Files.readString(dir.resolve("benchmarks.md"));

    assertThat(page)
        .contains("after the build: stack 20 s, frontdoor 71 s, throughput 140 s;")
        .contains("in this order: saga, floor, floor, saga.")
        .contains("| dev-server | 1 | saga | 8.0 | 6000 | 12000 | 160 | 150 | 1.20 |")
        .contains("| dev-server | 3 | floor | 15.0 | 4000 | 9000 | 300 | 80 | 1.20 |");
  }

  @Test
  void aRunRecordedBeforeRoundsRendersWithoutThem() throws Exception {
    Path json = ResultFiles.json(run("2026-11-23T12:00:00Z", 6000, 300), dir);
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode recorded = (ObjectNode) mapper.readTree(json.toFile());
    recorded.remove(List.of("throughputRounds", "phaseSeconds"));
    recorded.withArray("engines").forEach(engine -> ((ObjectNode) engine).remove("rounds"));
    mapper.writeValue(json.toFile(), recorded);

    RecordedRun read = ResultFiles.read(json);
    ResultFiles.docs(read.result(), json, dir, Optional.empty());

    assertThat(Files.readString(dir.resolve("benchmarks.md")))
        .doesNotContain("{{")
        .contains("min of measuring after the build; run")
        .contains("in this order: saga, then floor, one round each.")
        .doesNotContain("Round by round");
  }

  @Test
  void aDrainThatDidNotFinishIsReportedAsUnfinished() throws Exception {
    ResultFiles.docs(
        run("2026-11-23T12:00:00Z", 6000, 900, false),
        dir.resolve("full.json"),
        dir,
        Optional.empty());

    assertThat(Files.readString(dir.resolve("benchmarks.md")))
        .contains("orders were still running when the drain deadline (900.0 s) passed")
        .doesNotContain("no order was running");
  }

  private static BenchResult run(String startedAt, int parked, double drainSeconds) {
    return run(startedAt, parked, drainSeconds, true);
  }

  private static BenchResult run(
      String startedAt, int parked, double drainSeconds, boolean drained) {
    Map<String, Double> cpu = Map.of("temporal", 0.9, "worker-orders", 0.3);
    ParkedResult parkedResult =
        new ParkedResult(
            parked,
            parked,
            200,
            List.of(new ParkedSample(0, 13, 31, 13, 31), new ParkedSample(parked, 60, 32, 190, 41)),
            new WaitCost(600, 4800, parked, 60, 0, 0, 960, 6.3, 3.3, 0, 20),
            parked,
            drainSeconds,
            parked,
            drained);
    ThroughputResult saga =
        new ThroughputResult(
            64,
            8,
            6000,
            12000,
            160,
            0,
            cpu,
            ThroughputResult.msPerOrder(cpu, 8),
            new HistoryBreakdown(20, 60, 10, 9, 4, 6, 1, 1, 0, 14.2));
    ThroughputResult floor =
        new ThroughputResult(
            64,
            15,
            4000,
            9000,
            300,
            0,
            cpu,
            ThroughputResult.msPerOrder(cpu, 15),
            new HistoryBreakdown(20, 53, 9, 8, 0, 2, 0, 0, 0, 6.5));
    ThroughputResult clusterSaga =
        new ThroughputResult(
            64,
            12,
            5000,
            11000,
            240,
            0,
            cpu,
            ThroughputResult.msPerOrder(cpu, 12),
            new HistoryBreakdown(20, 60, 10, 9, 4, 6, 1, 1, 0, 14.2));
    return new BenchResult(
        startedAt,
        900,
        Map.of("parkedOrders", parked, "frontDoorSeconds", 8, "throughputSeconds", 20),
        Map.of("cores", 2, "sqlitePragmas", List.of("journal_mode=wal")),
        Map.of("sagaHappyPath", 63, "floor", 53),
        16,
        40,
        90,
        900,
        1000,
        8,
        15,
        parked,
        250,
        73,
        drainSeconds,
        Map.of(
            "frontDoorSyncOverAsyncP50",
            22.5,
            "frontDoorSyncOverAsyncP99",
            11.1,
            "sagaOverFloor",
            0.53,
            "encryptedOverPlainSagaPerSecond",
            0.9),
        List.of(new FrontDoorRow(16, 40, 90, 1500, 2000, 8, 80, 900, 1000, 15, 120, 0)),
        saga,
        floor,
        List.of(
            new GrowthRow(1, 1.2, 850, 870, 16, 0, cpu, "temporal"),
            new GrowthRow(4, 4.3, 860, 1100, 30, 0, cpu, "temporal")),
        VariantComparisonTest.comparison(),
        null,
        parkedResult,
        List.of(
            new EngineRow("dev-server", "SQLite file", saga, floor, rounds(saga, floor)),
            new EngineRow(
                "cluster", "PostgreSQL, 4 history shards", clusterSaga, floor, List.of())),
        rounds(saga, floor),
        phaseSeconds());
  }

  private static List<ThroughputRound> rounds(ThroughputResult saga, ThroughputResult floor) {
    return List.of(
        new ThroughputRound("saga", saga),
        new ThroughputRound("floor", floor),
        new ThroughputRound("floor", floor),
        new ThroughputRound("saga", saga));
  }

  private static Map<String, Double> phaseSeconds() {
    Map<String, Double> seconds = new java.util.LinkedHashMap<>();
    seconds.put("stack", 20.4);
    seconds.put("frontdoor", 71.0);
    seconds.put("throughput", 140.2);
    return seconds;
  }
}
