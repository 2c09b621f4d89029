package dev.ordersaga.bench;

import dev.ordersaga.bench.report.BenchResult;
import dev.ordersaga.bench.report.ResultFiles;
import dev.ordersaga.bench.stack.Layout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The load driver of {@code make bench}: {@code java -jar bench/target/order-saga-bench.jar
 * [--smoke] [--phases a,b] | --render bench/results/{file}.json}, run from the checkout's root (or
 * {@code BENCH_ROOT}); {@code --phases} runs only those phases, as {@code BENCH_PHASES} does.
 * Starts its own stack on free ports under {@code bench/target/}, measures, stops what it started,
 * writes {@code bench/results/{timestamp}.json} and regenerates {@code docs/benchmarks.md} and
 * {@code docs/benchmarks.png}, with the newest run under {@code bench/results/parked/} that parked
 * more orders beside its own. A run of the parked phase alone ({@code BENCH_PHASES=parked}) writes
 * its JSON under {@code bench/results/parked/}; a {@code --smoke} run or one of other phases writes
 * under {@code bench/target/partial-results/}. {@code --render} regenerates the docs from a
 * recorded run without measuring. Exits 0 whatever the numbers are.
 */
public final class BenchMain {
  private static final Logger log = LoggerFactory.getLogger(BenchMain.class);
  private static final String PARKED_RESULTS = "bench/results/parked";

  private BenchMain() {}

  public static void main(String[] args) {
    List<String> flags = List.of(args);
    boolean smoke = flags.contains("--smoke");
    Path root =
        Path.of(System.getenv().getOrDefault("BENCH_ROOT", ".")).toAbsolutePath().normalize();
    if (args.length == 2 && args[0].equals("--render")) {
      Path json = root.resolve(args[1]);
      docs(root, ResultFiles.read(json).result(), json);
      System.exit(0);
    }
    Map<String, String> env = environment(flags);
    BenchSettings settings = smoke ? BenchSettings.smoke(env) : BenchSettings.of(env);
    Layout layout = Layout.of(root, benchJar());
    Path dir = workDir(root);
    BenchResult result = Benchmark.run(layout, dir, settings);
    boolean complete = !smoke && settings.complete();
    boolean parkedOnly = !smoke && settings.phases().equals(List.of("parked"));
    String resultsDir =
        complete ? "bench/results" : parkedOnly ? PARKED_RESULTS : "bench/target/partial-results";
    Path json = ResultFiles.json(result, root.resolve(resultsDir));
    log.info("results: {}", json);
    if (complete) {
      docs(root, result, json);
    }
    log.info(
        "sync/async {} (p50), saga/floor {}, encrypted/plain orders/s {} CPU/order {}, traced/untraced"
            + " orders/s {} CPU/order {}, parked {} heap {} MB threads {} drain {} s",
        result.ratios().get("frontDoorSyncOverAsyncP50"),
        result.ratios().get("sagaOverFloor"),
        result.ratios().get("encryptedOverPlainSagaPerSecond"),
        result.ratios().get("encryptedOverPlainCpuMsPerOrder"),
        result.ratios().get("tracedOverUntracedSagaPerSecond"),
        result.ratios().get("tracedOverUntracedCpuMsPerOrder"),
        result.parkedOrders(),
        result.parkedHeapMb(),
        result.parkedThreads(),
        result.drainSeconds());
    System.exit(0);
  }

  /**
   * The process's environment, with {@code BENCH_PHASES} set to the value after {@code --phases}
   * when given.
   *
   * @throws IllegalArgumentException when {@code --phases} is the last argument
   */
  static Map<String, String> environment(List<String> flags) {
    Map<String, String> env = new HashMap<>(System.getenv());
    int at = flags.indexOf("--phases");
    if (at >= 0) {
      if (at + 1 >= flags.size()) {
        throw new IllegalArgumentException("--phases needs a comma separated list of phases");
      }
      env.put("BENCH_PHASES", flags.get(at + 1));
    }
    return env;
  }

  private static void docs(Path root, BenchResult result, Path json) {
    ResultFiles.docs(
        result,
        json,
        root.resolve("docs"),
        ResultFiles.newestLargerParkedRun(root.resolve(PARKED_RESULTS), result.parkedOrders()));
    log.info("docs/benchmarks.md and docs/benchmarks.png regenerated from {}", json);
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
