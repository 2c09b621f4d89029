package dev.ordersaga.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * {@code clients} threads each calling again as soon as their last call ended, from {@link #start}
 * until {@link #close}; a window ({@link #ended}) counts the calls that ended between two instants
 * while the loop runs on across both. So a measurement starts and ends in steady state: no cohort
 * of calls all started at its first instant, no tail of calls ending one by one after its last.
 * Sequence numbers come from the same counter as {@link ClosedLoop}'s.
 */
public final class SteadyLoop implements AutoCloseable {
  private final int clients;
  private final ConcurrentLinkedQueue<Ended> ended = new ConcurrentLinkedQueue<>();
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean stopping;

  /** A call that ended: its sequence number, when it ended ({@link System#nanoTime}) and how. */
  public record Ended(long sequence, long atNanos, Outcome outcome) {}

  /**
   * What a window measured.
   *
   * @param load the calls that ended in the window, per second of the window
   * @param sequences the sequence numbers of the calls that ended as expected in it
   */
  public record Window(LoadResult load, List<Long> sequences) {}

  private SteadyLoop(int clients) {
    this.clients = clients;
  }

  /** Starts {@code clients} threads calling {@code call} one call after another. */
  public static SteadyLoop start(int clients, Call call) {
    SteadyLoop loop = new SteadyLoop(clients);
    for (int c = 0; c < clients; c++) {
      loop.threads.add(Thread.ofPlatform().name("steady-" + c).daemon().start(loop.caller(call)));
    }
    return loop;
  }

  /** Calls ended so far, as expected or not. */
  public int endedCount() {
    return ended.size();
  }

  /** Waits {@code duration} while the loop runs. */
  public void run(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The calls that ended at or after {@code fromNanos} and before {@code toNanos} (both {@link
   * System#nanoTime}), per second of that span.
   */
  public Window ended(long fromNanos, long toNanos) {
    List<Ended> in =
        ended.stream().filter(e -> e.atNanos() >= fromNanos && e.atNanos() < toNanos).toList();
    List<Outcome> ok = in.stream().map(Ended::outcome).filter(Outcome::ok).toList();
    double seconds = (toNanos - fromNanos) / 1e9;
    Latencies first = new Latencies(ok.stream().mapToDouble(Outcome::firstMs).toArray());
    Latencies total = new Latencies(ok.stream().mapToDouble(Outcome::totalMs).toArray());
    LoadResult load =
        new LoadResult(
            clients,
            ok.size(),
            in.size() - ok.size(),
            Math.round(seconds * 10) / 10.0,
            seconds <= 0 ? 0 : Math.round(ok.size() / seconds * 100) / 100.0,
            first.percentile(50),
            first.percentile(99),
            total.percentile(50),
            total.percentile(99));
    return new Window(
        load, in.stream().filter(e -> e.outcome().ok()).map(Ended::sequence).sorted().toList());
  }

  /** Starts no further call and waits for the calls in flight to end. */
  @Override
  public void close() {
    stopping = true;
    for (Thread thread : threads) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private Runnable caller(Call call) {
    return () -> {
      while (!stopping) {
        long sequence = ClosedLoop.nextSequence();
        Outcome outcome = ClosedLoop.safely(call, sequence);
        ended.add(new Ended(sequence, System.nanoTime(), outcome));
      }
    };
  }
}
