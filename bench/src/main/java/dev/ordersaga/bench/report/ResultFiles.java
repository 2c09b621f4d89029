package dev.ordersaga.bench.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes a run's results: {@code bench/results/{timestamp}.json}, and, for a full run, {@code
 * docs/benchmarks.md} with {@code docs/benchmarks.png}.
 */
public final class ResultFiles {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ResultFiles() {}

  /** Writes the JSON under {@code resultsDir}; answers its path. */
  public static Path json(BenchResult result, Path resultsDir) {
    try {
      Files.createDirectories(resultsDir);
      Path file = resultsDir.resolve(STAMP.format(Instant.parse(result.startedAt())) + ".json");
      JSON.writeValue(file.toFile(), result);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a results file back. */
  public static RecordedRun read(Path jsonFile) {
    try {
      return new RecordedRun(
          JSON.readValue(jsonFile.toFile(), BenchResult.class), jsonFile.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The newest run under {@code dir} that parked more orders than {@code parkedOrders}. */
  public static Optional<RecordedRun> newestLargerParkedRun(Path dir, long parkedOrders) {
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(".json"))
          .sorted(Comparator.reverseOrder())
          .map(ResultFiles::read)
          .filter(run -> run.result().parkedOrders() > parkedOrders)
          .findFirst();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Regenerates {@code docs/benchmarks.md} and its PNG under {@code docsDir}.
   *
   * @param largerParkedRun a parked-only run with more parked orders, shown beside the run's own
   */
  public static void docs(
      BenchResult result, Path jsonFile, Path docsDir, Optional<RecordedRun> largerParkedRun) {
    try {
      Files.createDirectories(docsDir);
      BenchmarkCharts.write(result, docsDir.resolve("benchmarks.png"));
      Files.writeString(
          docsDir.resolve("benchmarks.md"),
          BenchmarkPage.render(
              result, jsonFile.getFileName().toString(), "benchmarks.png", largerParkedRun));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
