package dev.ordersaga.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes a run's results: {@code bench/results/{timestamp}.json}, and, for a full run, {@code
 * docs/benchmarks.md} with {@code docs/benchmarks.png}.
 */
public final class ResultFiles {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

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

  /** Regenerates {@code docs/benchmarks.md} and its PNG under {@code docsDir}. */
  public static void docs(BenchResult result, Path jsonFile, Path docsDir) {
    try {
      Files.createDirectories(docsDir);
      PlotPng.write(result, docsDir.resolve("benchmarks.png"));
      Files.writeString(
          docsDir.resolve("benchmarks.md"),
          MarkdownReport.render(result, jsonFile.getFileName().toString(), "benchmarks.png"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
