package dev.ordersaga.bench;

import dev.ordersaga.bench.load.ClosedLoop;
import dev.ordersaga.bench.load.LoadResult;
import dev.ordersaga.bench.probe.JvmFootprint;
import dev.ordersaga.bench.report.ParkedResult;
import dev.ordersaga.bench.report.ParkedSample;
import dev.ordersaga.bench.stack.BenchStack;
import dev.ordersaga.processes.Await;
import dev.ordersaga.processes.Http;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parked orders: submits {@code tok_never} orders through the API, samples the footprint of the
 * {@code orders} and {@code payment-status} workers with none, half and all of them awaiting
 * payment, then settles every payment at once ({@code PUT /admin/payments}) and times the drain
 * until no order runs.
 */
final class ParkedPhase {
  private static final Logger log = LoggerFactory.getLogger(ParkedPhase.class);
  private static final String PARKED =
      "OrderStatus='AWAITING_PAYMENT' AND ExecutionStatus='Running'";
  private static final String RUNNING = "ExecutionStatus='Running'";
  private static final String COMPLETED = "OrderStatus='COMPLETED'";

  private ParkedPhase() {}

  static ParkedResult run(BenchStack stack, BenchSettings settings, Http http, JvmFootprint jvm) {
    int target = settings.parkedOrders();
    List<ParkedSample> samples = new ArrayList<>();
    samples.add(sample(stack, jvm, 0));
    long start = System.nanoTime();
    CompletableFuture<LoadResult> submitting =
        CompletableFuture.supplyAsync(
            () ->
                ClosedLoop.run(
                    settings.parkSubmitters(),
                    Duration.ofSeconds(settings.parkDeadlineSeconds()),
                    target,
                    Calls.asyncSubmit(stack.api(), http, "tok_never")));
    long deadline = start + Duration.ofSeconds(settings.parkDeadlineSeconds()).toNanos();
    boolean halfSampled = false;
    long parked = 0;
    while (System.nanoTime() < deadline) {
      parked = stack.temporal().count(PARKED);
      if (!halfSampled && parked >= target / 2) {
        samples.add(sample(stack, jvm, parked));
        halfSampled = true;
      }
      if (parked >= target) {
        break;
      }
      Await.pause(Duration.ofSeconds(2));
    }
    double parkSeconds = Math.round((System.nanoTime() - start) / 1e8) / 10.0;
    LoadResult submitted = submitting.join();
    parked = stack.temporal().count(PARKED);
    log.info("{} of {} orders parked after {} s ({})", parked, target, parkSeconds, submitted);
    samples.add(sample(stack, jvm, parked));

    long completedBefore = stack.temporal().count(COMPLETED);
    long drainStart = System.nanoTime();
    int settled = stack.sandbox().settleAll();
    boolean drained =
        Await.within(
            Duration.ofSeconds(settings.drainDeadlineSeconds()),
            () -> stack.temporal().count(RUNNING) == 0);
    double drainSeconds = Math.round((System.nanoTime() - drainStart) / 1e8) / 10.0;
    long completed = stack.temporal().count(COMPLETED) - completedBefore;
    log.info(
        "settled {} payments; {} orders completed in {} s (drained: {})",
        settled,
        completed,
        drainSeconds,
        drained);
    return new ParkedResult(
        submitted.calls(), parked, parkSeconds, samples, settled, drainSeconds, completed, drained);
  }

  private static ParkedSample sample(BenchStack stack, JvmFootprint jvm, long parked) {
    JvmFootprint.Sample orders = jvm.of(stack.workflowWorker().pid());
    JvmFootprint.Sample status = jvm.of(stack.paymentStatusWorker().pid());
    ParkedSample sample =
        new ParkedSample(
            parked, orders.heapMb(), orders.threads(), status.heapMb(), status.threads());
    log.info("footprint {}", sample);
    return sample;
  }
}
