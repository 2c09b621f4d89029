package dev.ordersaga.bench.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.processes.Await;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProcessCpuTest {
  @Test
  void aChildIsCountedWithItsParentUnlessItIsMeasuredApart() throws Exception {
    Process child =
        new ProcessBuilder(
                "sh",
                "-c",
                "i=0; while [ $i -lt 400000 ]; do i=$((i+1)); done; touch done; sleep 30")
            .directory(Files.createTempDirectory("cpu").toFile())
            .start();
    try {
      long self = ProcessHandle.current().pid();
      Await.until(
          "the child to burn a quarter second of CPU",
          Duration.ofSeconds(60),
          () -> ProcessCpu.seconds(child.pid()) >= 0.25);
      double childSeconds = ProcessCpu.seconds(child.pid());

      double apart = ProcessCpu.treeSeconds(self, Set.of(child.pid()));
      double whole = ProcessCpu.treeSeconds(self, Set.of());

      assertThat(whole - apart).isGreaterThanOrEqualTo(childSeconds - 0.02);
      assertThat(apart).isLessThan(ProcessCpu.seconds(self) + 0.02);
    } finally {
      child.destroyForcibly();
    }
  }
}
