package dev.ordersaga.bench;

import dev.ordersaga.bench.load.ClosedLoop;
import dev.ordersaga.bench.load.LoadResult;
import dev.ordersaga.bench.probe.CpuMeter;
import dev.ordersaga.bench.report.GrowthRow;
import dev.ordersaga.bench.stack.BenchStack;
import dev.ordersaga.processes.Http;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Throughput, latency and CPU per process as submitters grow; each submitter places an order
 * through the API and waits for it to complete before the next.
 */
final class CostGrowthPhase {
  private static final Logger log = LoggerFactory.getLogger(CostGrowthPhase.class);

  private CostGrowthPhase() {}

  static List<GrowthRow> run(BenchStack stack, BenchSettings settings, Http http) {
    List<GrowthRow> rows = new ArrayList<>();
    CpuMeter cpu = new CpuMeter(stack::pids);
    for (int clients : settings.growthClients()) {
      cpu.start();
      LoadResult load =
          ClosedLoop.run(
              clients,
              Duration.ofSeconds(settings.growthSeconds()),
              Integer.MAX_VALUE,
              Calls.submitAndAwait(stack.api(), http, stack.client()));
      Map<String, Double> cores = cpu.stop();
      String busiest =
          cores.entrySet().stream()
              .filter(e -> !e.getKey().equals("driver"))
              .max(Map.Entry.comparingByValue())
              .map(Map.Entry::getKey)
              .orElse("?");
      rows.add(
          new GrowthRow(
              clients,
              load.perSecond(),
              load.totalP50Ms(),
              load.totalP99Ms(),
              load.firstP99Ms(),
              load.failures(),
              cores,
              busiest));
      log.info("growth {} cpu {}", load, cores);
    }
    return rows;
  }
}
