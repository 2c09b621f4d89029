package dev.ordersaga.processes;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Copies of the repository's stack scripts ({@code scripts/}) and of the test's helper scripts in a
 * temporary root, where {@code scripts/lib.sh} then keeps its {@code .data/} too.
 */
final class StackScripts {
  private static final Path MODULE = Path.of(System.getProperty("user.dir"));

  private StackScripts() {}

  /** Copies {@code names} from the repository's {@code scripts/} into {@code root/scripts/}. */
  static void copy(Path root, String... names) throws IOException {
    for (String name : names) {
      executable(
          MODULE.getParent().resolve("scripts").resolve(name), root.resolve("scripts/" + name));
    }
  }

  /** Copies the test script {@code name} (test resources, {@code supervise/}) into {@code root}. */
  static void copyResource(Path root, String name) throws IOException {
    executable(MODULE.resolve("src/test/resources/supervise").resolve(name), root.resolve(name));
  }

  /** SIGKILLs every process whose pid {@code root/.data/pids/} records. */
  static void killRecorded(Path root) throws IOException {
    Path pids = root.resolve(".data/pids");
    if (!Files.isDirectory(pids)) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(pids, "*.pid")) {
      for (Path file : files) {
        String pid = Files.readString(file).strip();
        if (!pid.isEmpty()) {
          ProcessHandle.of(Long.parseLong(pid)).ifPresent(ProcessHandle::destroyForcibly);
        }
      }
    }
  }

  private static void executable(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwx------"));
  }
}
