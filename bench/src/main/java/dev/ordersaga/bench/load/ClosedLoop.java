package dev.ordersaga.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code clients} threads each calling again as soon as their last call ended, until {@code
 * duration} has passed or {@code maxCalls} calls have started; then waits for the calls in flight.
 * A call that throws counts as a failure.
 */
public final class ClosedLoop {
  private static final Logger log = LoggerFactory.getLogger(ClosedLoop.class);
  private static final AtomicLong SEQUENCE = new AtomicLong();

  private ClosedLoop() {}

  /**
   * A sequence number no call of this process was given yet (one counter for every loop of the
   * process).
   */
  static long nextSequence() {
    return SEQUENCE.incrementAndGet();
  }

  public static LoadResult run(int clients, Duration duration, int maxCalls, Call call) {
    long deadline = System.nanoTime() + duration.toNanos();
    AtomicLong started = new AtomicLong();
    List<List<Outcome>> perClient = new ArrayList<>();
    CountDownLatch done = new CountDownLatch(clients);
    long begin = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      List<Outcome> outcomes = new ArrayList<>();
      perClient.add(outcomes);
      Thread.ofPlatform()
          .name("load-" + c)
          .daemon()
          .start(
              () -> {
                try {
                  while (System.nanoTime() < deadline && started.incrementAndGet() <= maxCalls) {
                    outcomes.add(safely(call, nextSequence()));
                  }
                } finally {
                  done.countDown();
                }
              });
    }
    try {
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    double seconds = (System.nanoTime() - begin) / 1e9;
    List<Outcome> all = perClient.stream().flatMap(List::stream).toList();
    List<Outcome> ok = all.stream().filter(Outcome::ok).toList();
    Latencies first = new Latencies(ok.stream().mapToDouble(Outcome::firstMs).toArray());
    Latencies total = new Latencies(ok.stream().mapToDouble(Outcome::totalMs).toArray());
    return new LoadResult(
        clients,
        ok.size(),
        all.size() - ok.size(),
        Math.round(seconds * 10) / 10.0,
        Math.round(ok.size() / seconds * 10) / 10.0,
        first.percentile(50),
        first.percentile(99),
        total.percentile(50),
        total.percentile(99));
  }

  static Outcome safely(Call call, long sequence) {
    try {
      return call.run(sequence);
    } catch (RuntimeException e) {
      log.warn("call {} failed: {}", sequence, e.toString());
      return new Outcome(0, 0, false);
    }
  }
}
