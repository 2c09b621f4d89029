package dev.ordersaga.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.processes.Await;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SteadyLoopTest {
  private final Semaphore permits = new Semaphore(0);

  @Test
  void aWindowCountsOnlyTheCallsThatEndedInsideItWhileTheLoopRunsOn() {
    try (SteadyLoop loop = SteadyLoop.start(2, this::callAfterPermit)) {
      permits.release(2);
      awaitEnded(loop, 2);
      long from = System.nanoTime();
      permits.release(3);
      awaitEnded(loop, 5);
      long to = System.nanoTime();
      permits.release(1);
      awaitEnded(loop, 6);

      SteadyLoop.Window window = loop.ended(from, to);

      assertThat(window.load().calls()).isEqualTo(3);
      assertThat(window.load().clients()).isEqualTo(2);
      assertThat(window.sequences()).hasSize(3).isSorted();
      assertThat(window.load().perSecond()).isPositive();
    }
  }

  @Test
  void closingWaitsForEveryCallStartedToEnd() {
    AtomicInteger started = new AtomicInteger();
    SteadyLoop loop =
        SteadyLoop.start(
            3,
            sequence -> {
              started.incrementAndGet();
              return new Outcome(1, 2, true);
            });
    awaitEnded(loop, 10);

    loop.close();

    assertThat(loop.endedCount()).isEqualTo(started.get());
  }

  /** Ends once the test releases a permit (or after 5 s, so that closing never hangs). */
  private Outcome callAfterPermit(long sequence) {
    try {
      permits.tryAcquire(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return new Outcome(1, 2, true);
  }

  private static void awaitEnded(SteadyLoop loop, int calls) {
    Await.until(calls + " calls ended", Duration.ofSeconds(10), () -> loop.endedCount() >= calls);
  }
}
