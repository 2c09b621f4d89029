package dev.ordersaga.bench;

import dev.ordersaga.bench.load.Call;
import dev.ordersaga.bench.load.ClosedLoop;
import dev.ordersaga.bench.load.LoadResult;
import dev.ordersaga.bench.probe.CpuMeter;
import dev.ordersaga.bench.report.HistoryBreakdown;
import dev.ordersaga.bench.report.ThroughputResult;
import dev.ordersaga.bench.stack.BenchStack;
import dev.ordersaga.order.OrderIds;
import java.time.Duration;
import java.util.Map;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saga and floor throughput measured the same way: {@code clients} workflows kept in flight,
 * started through the Temporal client, for a fixed time after a warm-up; CPU by process over the
 * measurement and the histories of a sample of the workflows it completed.
 */
final class ThroughputPhase {
  private static final Logger log = LoggerFactory.getLogger(ThroughputPhase.class);

  private ThroughputPhase() {}

  /** The saga's orders, started through the stack's client, with the run's throughput settings. */
  static ThroughputResult saga(String what, BenchStack stack, BenchSettings settings) {
    return saga(
        what,
        stack,
        settings.throughputClients(),
        Duration.ofSeconds(settings.warmupSeconds()),
        Duration.ofSeconds(settings.throughputSeconds()));
  }

  /** The saga's orders, started through the stack's client, {@code clients} in flight. */
  static ThroughputResult saga(
      String what, BenchStack stack, int clients, Duration warmup, Duration measured) {
    return measure(
        what,
        stack,
        clients,
        warmup,
        measured,
        Calls.sagaViaClient(stack.client()),
        sequence -> OrderIds.workflowId(Calls.sagaOrderId(sequence)));
  }

  /** The floor's workflows (the stack must run the floor's workers), with the run's settings. */
  static ThroughputResult floor(String what, BenchStack stack, BenchSettings settings) {
    return measure(
        what,
        stack,
        settings.throughputClients(),
        Duration.ofSeconds(settings.warmupSeconds()),
        Duration.ofSeconds(settings.throughputSeconds()),
        Calls.floorViaClient(stack.client()),
        Calls::floorWorkflowId);
  }

  /**
   * @param clients workflows kept in flight
   * @param warmup how long they run before the measurement starts
   * @param measured how long the measurement runs
   * @param workflowId the workflow id {@code call} uses for a sequence number
   */
  private static ThroughputResult measure(
      String what,
      BenchStack stack,
      int clients,
      Duration warmup,
      Duration measured,
      Call call,
      LongFunction<String> workflowId) {
    ClosedLoop.run(clients, warmup, Integer.MAX_VALUE, call);
    CpuMeter cpu = new CpuMeter(stack::pids);
    cpu.start();
    long first = ClosedLoop.lastSequence() + 1;
    LoadResult load = ClosedLoop.run(clients, measured, Integer.MAX_VALUE, call);
    Map<String, Double> cores = cpu.stop();
    HistoryBreakdown history =
        History.breakdown(stack.client(), first, ClosedLoop.lastSequence(), workflowId);
    log.info("{} throughput {} cpu {} per order {}", what, load, cores, history);
    return new ThroughputResult(
        load.clients(),
        load.perSecond(),
        load.totalP50Ms(),
        load.totalP99Ms(),
        load.calls(),
        load.failures(),
        cores,
        ThroughputResult.msPerOrder(cores, load.perSecond()),
        history);
  }
}
