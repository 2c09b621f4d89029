package dev.ordersaga.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The JSON lines of one process's log (every process of the stack writes one JSON object per line;
 * what a JVM prints itself, such as a warning, is skipped).
 */
final class LogLines {
  private static final ObjectMapper JSON = new ObjectMapper();

  private LogLines() {}

  /** The JSON objects of {@code log}, in order. */
  static List<JsonNode> of(Path log) throws IOException {
    return Files.readAllLines(log).stream()
        .map(LogLines::parse)
        .flatMap(Optional::stream)
        .filter(JsonNode::isObject)
        .toList();
  }

  private static Optional<JsonNode> parse(String line) {
    try {
      return Optional.of(JSON.readTree(line));
    } catch (JsonProcessingException notJson) {
      return Optional.empty();
    }
  }
}
