package dev.ordersaga.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/supervise.sh} run for real on a copy of the scripts, with a tiny child that writes
 * a marker when TERM stops it.
 */
class SuperviseScriptTest {
  @TempDir Path root;
  private Process supervisor;

  @Test
  void aTermArrivingAsARestartForksReachesTheNewChild() throws Exception {
    StackScripts.copy(root, "lib.sh", "supervise.sh");
    StackScripts.copyResource(root, "child.sh");
    StackScripts.copyResource(root, "term-at-restart.sh");
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
  void stopWhatIsLeft() throws IOException {
    if (supervisor != null) {
      supervisor.descendants().forEach(ProcessHandle::destroyForcibly);
      supervisor.destroyForcibly();
    }
    StackScripts.killRecorded(root);
  }
}
