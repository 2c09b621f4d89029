package dev.ordersaga.bench.waiting;

import dev.ordersaga.activities.http.DownstreamHttp;
import dev.ordersaga.activities.payments.PaymentPoller;
import dev.ordersaga.activities.payments.PaymentStatusSource;
import dev.ordersaga.activities.payments.PollBackoff;
import dev.ordersaga.activities.payments.PollProgress;
import dev.ordersaga.activities.payments.PollerSettings;
import dev.ordersaga.order.steps.PaymentQuery;
import dev.ordersaga.processes.Await;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker-level measurement of many waiting payments: {@code WaitingPaymentsMain [payments
 * [heartbeatSeconds [holdSeconds]]]} (default 100,000, 60, 120). One JVM holds {@code payments}
 * registrations in the real {@link PaymentPoller}, which reads them in batches of 100 over HTTP
 * from a stub provider on loopback ({@code POST /payments/status}) and heartbeats and completes
 * them through an in-memory completion client (no Temporal server: its side is not measured). Task
 * tokens are {@value #TOKEN_BYTES} random bytes each, about what the dev server issues. Logs heap
 * per waiting payment after a full GC over the empty baseline, platform threads, heartbeats/s and
 * provider calls/s over the hold, CPU, and the drain time once every payment settles.
 */
public final class WaitingPaymentsMain {
  private static final Logger log = LoggerFactory.getLogger(WaitingPaymentsMain.class);
  static final int TOKEN_BYTES = 200;

  private WaitingPaymentsMain() {}

  public static void main(String[] args) throws InterruptedException {
    int payments = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Duration heartbeat = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 60);
    Duration hold = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 120);
    PollerSettings settings =
        new PollerSettings(
            new PollBackoff(Duration.ofSeconds(1), 2.0, Duration.ofSeconds(30)),
            heartbeat,
            100,
            true,
            payments,
            4);
    try (StubProvider provider = new StubProvider()) {
      CountingCompletions completions = new CountingCompletions();
      PaymentPoller poller =
          new PaymentPoller(
              PaymentStatusSource.batch(DownstreamHttp.to(provider.url(), Duration.ofSeconds(30))),
              settings);
      long heapEmpty = heapAfterGc();
      int threadsEmpty = threads();

      Random random = new Random(16);
      for (int i = 0; i < payments; i++) {
        byte[] token = new byte[TOKEN_BYTES];
        random.nextBytes(token);
        poller.register(
            token,
            new PaymentQuery(UUID.randomUUID().toString(), "pay_" + UUID.randomUUID()),
            PollProgress.none(),
            null);
      }
      poller.start(completions);
      long callsPerRound = (payments + 99) / 100;
      Await.until(
          "every payment read once",
          Duration.ofMinutes(5),
          () -> provider.calls() >= callsPerRound);
      long heapWaiting = heapAfterGc();
      int threadsWaiting = threads();

      long heartbeatsBefore = completions.heartbeats.sum();
      long callsBefore = provider.calls();
      long cpuBefore = cpuNanos();
      long start = System.nanoTime();
      Await.pause(hold);
      double seconds = (System.nanoTime() - start) / 1e9;
      double heartbeatsPerSecond = (completions.heartbeats.sum() - heartbeatsBefore) / seconds;
      double callsPerSecond = (provider.calls() - callsBefore) / seconds;
      double cpuShare = (cpuNanos() - cpuBefore) / 1e9 / seconds;

      long drainStart = System.nanoTime();
      provider.settleAll();
      Await.until(
          "every payment completed",
          Duration.ofMinutes(10),
          () -> completions.completed.sum() >= payments);
      double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
      poller.close(Duration.ZERO);

      log.info(
          "waitingPayments={} held={} heapEmptyMb={} heapWaitingMb={} bytesPerWaitingPayment={}"
              + " platformThreadsEmpty={} platformThreadsWaiting={} heartbeatInterval={}"
              + " heartbeatsPerSecond={} providerCallsPerSecond={} cpuCoresWhileWaiting={}"
              + " holdSeconds={} drainSeconds={}",
          payments,
          payments,
          heapEmpty / (1024 * 1024),
          heapWaiting / (1024 * 1024),
          (heapWaiting - heapEmpty) / payments,
          threadsEmpty,
          threadsWaiting,
          heartbeat,
          String.format("%.1f", heartbeatsPerSecond),
          String.format("%.1f", callsPerSecond),
          String.format("%.3f", cpuShare),
          String.format("%.0f", seconds),
          String.format("%.1f", drainSeconds));
    }
  }

  private static long heapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static int threads() {
    return ManagementFactory.getThreadMXBean().getThreadCount();
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
