package dev.ordersaga.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/down.sh} run for real on a copy of the scripts, stopping two supervised stand-ins
 * of workers (each waits, on TERM, for the other's TERM before it exits).
 */
class DownScriptTest {
  @TempDir Path root;
  private Process stack;

  @Test
  void stopsTheWorkersTogetherSoThatNoneWaitsBehindAnothersDrain() throws Exception {
    StackScripts.copy(root, "lib.sh", "supervise.sh", "down.sh");
    StackScripts.copyResource(root, "worker-stand-in.sh");
    String worker = root.resolve("worker-stand-in.sh").toString();
    stack =
        new ProcessBuilder(
                "bash",
                "-c",
                "source scripts/lib.sh"
                    + " && start worker-a .data/logs/worker-a.log "
                    + worker
                    + " worker-a && start worker-b .data/logs/worker-b.log "
                    + worker
                    + " worker-b && scripts/down.sh")
            .directory(root.toFile())
            .redirectErrorStream(true)
            .redirectOutput(root.resolve("down.log").toFile())
            .start();

    assertThat(stack.waitFor(60, TimeUnit.SECONDS)).as("make down finished").isTrue();

    assertThat(root.resolve("stopped-worker-a")).hasContent("together");
    assertThat(root.resolve("stopped-worker-b")).hasContent("together");
  }

  @AfterEach
  void stopWhatIsLeft() throws IOException {
    if (stack != null) {
      stack.descendants().forEach(ProcessHandle::destroyForcibly);
      stack.destroyForcibly();
    }
    StackScripts.killRecorded(root);
  }
}
