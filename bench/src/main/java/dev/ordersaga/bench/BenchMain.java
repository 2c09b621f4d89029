package dev.ordersaga.bench;

import dev.ordersaga.bench.report.BenchResult;
import dev.ordersaga.bench.report.ResultFiles;
import dev.ordersaga.bench.stack.Layout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The load driver of {@code make bench}: {@code java -jar bench/target/order-saga-bench.jar
 * [--smoke]}, run from the checkout's root (or {@code BENCH_ROOT}). Starts its own stack on free
 * ports under {@code bench/target/}, measures, stops what it started, writes {@code
 * bench/results/{timestamp}.json} and regenerates {@code docs/benchmarks.md} and {@code
 * docs/benchmarks.png}; a {@code --smoke} run or one of only some phases ({@code BENCH_PHASES})
 * writes its JSON under {@code bench/target/partial-results/} instead. Exits 0 whatever the numbers
 * are.
 */
public final class BenchMain {
  private static final Logger log = LoggerFactory.getLogger(BenchMain.class);

  private BenchMain() {}

  public static void main(String[] args) {
    boolean smoke = args.length > 0 && args[0].equals("--smoke");
    Path root =
        Path.of(System.getenv().getOrDefault("BENCH_ROOT", ".")).toAbsolutePath().normalize();
    BenchSettings settings = smoke ? BenchSettings.smoke() : BenchSettings.full(System.getenv());
    Layout layout = Layout.of(root, benchJar());
    Path dir = workDir(root);
    BenchResult result = Benchmark.run(layout, dir, settings);
    boolean complete = !smoke && settings.complete();
    Path json =
        ResultFiles.json(
            result, root.resolve(complete ? "bench/results" : "bench/target/partial-results"));
    log.info("results: {}", json);
    if (complete) {
      ResultFiles.docs(result, json, root.resolve("docs"));
      log.info("docs/benchmarks.md and docs/benchmarks.png regenerated");
    }
    log.info(
        "sync/async {} (p50), saga/floor {}, parked {} heap {} MB threads {} drain {} s",
        result.ratios().get("frontDoorSyncOverAsyncP50"),
        result.ratios().get("sagaOverFloor"),
        result.parkedOrders(),
        result.parkedHeapMb(),
        result.parkedThreads(),
        result.drainSeconds());
    System.exit(0);
  }

  private static Path benchJar() {
    try {
      return Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the bench jar", e);
    }
  }

  private static Path workDir(Path root) {
    try {
      return Files.createDirectories(
          root.resolve("bench/target/run-" + System.currentTimeMillis()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
