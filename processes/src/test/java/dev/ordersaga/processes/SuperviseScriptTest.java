package dev.ordersaga.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/supervise.sh} run for real on a copy of the scripts, with a tiny child that writes
 * a marker when TERM stops it.
 */
class SuperviseScriptTest {
  private static final Path SCRIPTS =
      Path.of(System.getProperty("user.dir")).getParent().resolve("scripts");

  @TempDir Path root;
  private Process supervisor;

  @Test
  void aTermArrivingAsARestartForksReachesTheNewChild() throws Exception {
    copy(SCRIPTS.resolve("lib.sh"), root.resolve("scripts/lib.sh"));
    copy(SCRIPTS.resolve("supervise.sh"), root.resolve("scripts/supervise.sh"));
    copy(resource("child.sh"), root.resolve("child.sh"));
    copy(resource("term-at-restart.sh"), root.resolve("term-at-restart.sh"));

    ProcessBuilder run =
        new ProcessBuilder(
                root.resolve("scripts/supervise.sh").toString(),
                "child",
                root.resolve("child.log").toString(),
                root.resolve("child.sh").toString())
            .redirectErrorStream(true)
            .redirectOutput(root.resolve("supervisor.log").toFile());
    run.environment().put("BASH_ENV", root.resolve("term-at-restart.sh").toString());
    run.environment().put("SUPERVISE_TEST_DIR", root.toString());
    supervisor = run.start();

    boolean exited = supervisor.waitFor(20, TimeUnit.SECONDS);

    assertThat(root.resolve("term-sent")).as("TERM sent at the restart's fork").exists();
    assertThat(root.resolve("stopped")).as("the new child's TERM handler ran").exists();
    assertThat(exited).as("the supervisor exited after its child").isTrue();
    assertThat(Files.readAllLines(root.resolve("runs"))).hasSize(2);
  }

  @AfterEach
  void stopWhatIsLeft() throws IOException, InterruptedException {
    if (supervisor != null) {
      supervisor.descendants().forEach(ProcessHandle::destroyForcibly);
    }
    Path pidFile = root.resolve(".data/pids/child.pid");
    if (Files.exists(pidFile)) {
      ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()))
          .ifPresent(ProcessHandle::destroyForcibly);
    }
    if (supervisor != null && supervisor.isAlive()) {
      supervisor.destroyForcibly().waitFor(Duration.ofSeconds(5).toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private static Path resource(String name) {
    return Path.of(System.getProperty("user.dir"), "src/test/resources/supervise", name);
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwx------"));
  }
}
