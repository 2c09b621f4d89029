package dev.ordersaga.bench;

import dev.ordersaga.bench.load.ClosedLoop;
import dev.ordersaga.bench.load.LoadResult;
import dev.ordersaga.bench.probe.JvmFootprint;
import dev.ordersaga.bench.probe.Scrape;
import dev.ordersaga.bench.report.ParkedResult;
import dev.ordersaga.bench.report.ParkedSample;
import dev.ordersaga.bench.report.WaitCost;
import dev.ordersaga.bench.stack.BenchStack;
import dev.ordersaga.order.OrderWorkflow;
import dev.ordersaga.order.steps.ActivityTypes;
import dev.ordersaga.processes.Await;
import dev.ordersaga.processes.Http;
import dev.ordersaga.telemetry.metrics.MetricNames;
import dev.ordersaga.worker.WorkerConfig;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parked orders: submits {@code tok_never} orders through the API, samples the footprint of the
 * {@code orders} and {@code payment-status} workers with none, half and all of them awaiting
 * payment, watches them wait for {@link BenchSettings#parkHoldSeconds()} (heartbeats and status
 * reads of the worker's payment poller, history events of sampled orders), then settles every
 * payment at once ({@code PUT /admin/payments}) and times the drain until no order runs.
 */
final class ParkedPhase {
  private static final Logger log = LoggerFactory.getLogger(ParkedPhase.class);
  private static final String PARKED =
      "OrderStatus='AWAITING_PAYMENT' AND ExecutionStatus='Running'";
  private static final String RUNNING = OrderWorkflow.RUNNING_ORDERS;
  private static final String COMPLETED = "OrderStatus='COMPLETED'";
  private static final int HISTORY_SAMPLE = 20;
  private static final double MB = 1024.0 * 1024.0;

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
    WaitCost waiting =
        watch(
            stack,
            Duration.ofSeconds(settings.parkHoldSeconds()),
            samples.getFirst(),
            samples.getLast());

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
        submitted.calls(),
        parked,
        parkSeconds,
        samples,
        waiting,
        settled,
        drainSeconds,
        completed,
        drained);
  }

  /** Watches the parked orders wait for {@code hold}. */
  private static WaitCost watch(
      BenchStack stack, Duration hold, ParkedSample empty, ParkedSample full) {
    URI metrics = stack.paymentStatusMetrics();
    long held = (long) Scrape.value(metrics, MetricNames.PAYMENTS_WAITING);
    List<String> sampled =
        stack
            .client()
            .listExecutions(PARKED)
            .limit(HISTORY_SAMPLE)
            .map(execution -> execution.getExecution().getWorkflowId())
            .toList();
    long eventsBefore = historyEvents(stack, sampled);
    double heartbeatsBefore = Scrape.value(metrics, MetricNames.PAYMENT_HEARTBEATS);
    double readsBefore = Scrape.value(metrics, MetricNames.PAYMENT_STATUS_READS);
    long start = System.nanoTime();
    Await.pause(hold);
    double heartbeats = Scrape.value(metrics, MetricNames.PAYMENT_HEARTBEATS);
    double reads = Scrape.value(metrics, MetricNames.PAYMENT_STATUS_READS);
    double seconds = (System.nanoTime() - start) / 1e9;
    long events = historyEvents(stack, sampled) - eventsBefore;
    double interval = heartbeatInterval(stack).toMillis() / 1000.0;
    WaitCost cost =
        new WaitCost(
            round(
                bytesPer(full.paymentStatusHeapMb() - empty.paymentStatusHeapMb(), full.parked())),
            round(bytesPer(full.ordersHeapMb() - empty.ordersHeapMb(), full.parked())),
            held,
            round(seconds),
            (long) (heartbeats - heartbeatsBefore),
            round((heartbeats - heartbeatsBefore) / seconds),
            interval,
            round(held / interval),
            round((reads - readsBefore) / seconds),
            sampled.isEmpty() ? 0 : round(events * 3600.0 / seconds / sampled.size()),
            sampled.size());
    log.info("waiting cost {}", cost);
    return cost;
  }

  private static long historyEvents(BenchStack stack, List<String> workflowIds) {
    long events = 0;
    for (String workflowId : workflowIds) {
      events += History.events(stack.client(), workflowId);
    }
    return events;
  }

  /** Each waiting payment's heartbeat interval under the workers' config. */
  private static Duration heartbeatInterval(BenchStack stack) {
    WorkerConfig config = WorkerConfig.load(stack.workerConfig(), System.getenv());
    Duration interval = config.downstream().paymentWait().heartbeatInterval();
    Duration timeout = config.stepPolicies().policy(ActivityTypes.AWAIT_PAYMENT).heartbeat();
    Duration cap = timeout == null ? interval : timeout.multipliedBy(4).dividedBy(5);
    return interval.compareTo(cap) < 0 ? interval : cap;
  }

  private static double bytesPer(double heapMb, long parked) {
    return parked == 0 ? 0 : heapMb * MB / parked;
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
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
