package dev.ordersaga.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The operations runbook, {@code docs/operations.md}: its shell blocks by id. A block is the fenced
 * {@code sh} block right after a {@code <!-- test: ID -->} line, so the tests run exactly the text
 * an operator copies.
 */
final class Runbook {
  static final Path FILE = Path.of("..", "docs", "operations.md").toAbsolutePath().normalize();

  private final List<String> lines;

  private Runbook(List<String> lines) {
    this.lines = List.copyOf(lines);
  }

  static Runbook read() {
    try {
      return new Runbook(Files.readAllLines(FILE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the runbook " + FILE, e);
    }
  }

  /**
   * The shell text of block {@code id}.
   *
   * @throws IllegalArgumentException when the runbook has no such block
   */
  String block(String id) {
    int marker = lines.indexOf("<!-- test: " + id + " -->");
    if (marker < 0 || marker + 1 >= lines.size() || !lines.get(marker + 1).equals("```sh")) {
      throw new IllegalArgumentException(
          "no block '" + id + "' (a <!-- test: " + id + " --> line, then ```sh) in " + FILE);
    }
    StringBuilder text = new StringBuilder();
    for (int i = marker + 2; i < lines.size() && !lines.get(i).equals("```"); i++) {
      text.append(lines.get(i)).append('\n');
    }
    return text.toString();
  }
}
