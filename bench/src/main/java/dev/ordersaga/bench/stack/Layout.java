package dev.ordersaga.bench.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the stack's binaries and configurations are in a built checkout. */
public record Layout(
    Path root,
    Path java,
    Path temporal,
    Path workerJar,
    Path workerConfig,
    Path sandboxJar,
    Path sandboxConfig,
    Path apiJar,
    Path apiConfig,
    Path benchJar) {

  /**
   * The layout of the checkout at {@code root}, running JVMs with this JVM's java.
   *
   * @throws IllegalStateException naming a missing file (build first: make bench does)
   */
  public static Layout of(Path root, Path benchJar) {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Layout layout =
        new Layout(
            root,
            java,
            root.resolve(".tools/bin/temporal"),
            root.resolve("activities/target/order-saga-worker.jar"),
            root.resolve("config/worker.yml"),
            root.resolve("sandbox/target/sandbox.jar"),
            root.resolve("sandbox/config.yml"),
            root.resolve("api/target/order-saga-api.jar"),
            root.resolve("api/config.yml"),
            benchJar);
    for (Path path :
        List.of(
            layout.temporal,
            layout.workerJar,
            layout.workerConfig,
            layout.sandboxJar,
            layout.apiJar,
            benchJar)) {
      if (!Files.exists(path)) {
        throw new IllegalStateException(path + " is missing: build first (make bench)");
      }
    }
    return layout;
  }
}
