package dev.ordersaga.bench.probe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * CPU time a process used so far, from {@code /proc/{pid}/stat} (utime + stime, with its waited-for
 * children), in seconds. Linux only; 0 when the process is gone or /proc is missing.
 */
public final class ProcessCpu {
  private static final double TICKS_PER_SECOND = 100.0;

  private ProcessCpu() {}

  public static double seconds(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks =
          Long.parseLong(fields[11])
              + Long.parseLong(fields[12])
              + Long.parseLong(fields[13])
              + Long.parseLong(fields[14]);
      return ticks / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException gone) {
      return 0;
    }
  }

  /**
   * {@link #seconds} of the process and of its live descendants, leaving out each process of {@code
   * measuredApart} and everything below it: a process that forks a worker per connection
   * (PostgreSQL's backends) is counted whole, and a parent (the benchmark's driver, which started
   * the whole stack) does not count its children twice.
   */
  public static double treeSeconds(long pid, Set<Long> measuredApart) {
    double total = seconds(pid);
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    if (process.isPresent()) {
      total +=
          process
              .get()
              .children()
              .filter(child -> !measuredApart.contains(child.pid()))
              .mapToDouble(child -> treeSeconds(child.pid(), measuredApart))
              .sum();
    }
    return total;
  }

  /** The {@code Threads:} line of {@code /proc/{pid}/status}: OS (platform) threads; -1 if gone. */
  public static int threads(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        if (line.startsWith("Threads:")) {
          return Integer.parseInt(line.substring("Threads:".length()).trim());
        }
      }
      return -1;
    } catch (IOException | RuntimeException gone) {
      return -1;
    }
  }
}
