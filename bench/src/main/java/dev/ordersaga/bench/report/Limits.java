package dev.ordersaga.bench.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The closing note of {@code docs/benchmarks.md}: the three ratios and what limits each. */
final class Limits {
  private Limits() {}

  static String explain(BenchResult r) {
    Map<String, Double> ratios = r.ratios();
    List<GrowthRow> growth = r.costGrowth();
    GrowthRow top = growth.get(growth.size() - 1);
    GrowthRow saturation = saturation(growth);
    double totalCores = sum(top.cpuCores());
    int sagaEvents = r.historyEvents().get("sagaHappyPath");
    int floorEvents = r.historyEvents().get("floor");
    StringBuilder md = new StringBuilder("## The three ratios and what limits them\n\n");
    md.append(
        String.format(
            "- **Front door, sync ÷ async = %.1f× at p50, %.1f× at p99 (%d clients).** The async answer"
                + " costs one `StartWorkflowExecution` (a SQLite write on the dev server) plus the API's"
                + " own work; the sync answer is the sum of every provider's latency plus the payment"
                + " settling delay. The ratio grows with provider latency and shrinks as the server"
                + " saturates: once the orders in flight need more CPU than the machine has, a start"
                + " waits behind their history writes (the 64-client row). The order itself is not"
                + " faster asynchronously (\"order done\" column): the customer gets an answer at"
                + " once and the work survives crashes.%n",
            ratios.get("frontDoorSyncOverAsyncP50"),
            ratios.get("frontDoorSyncOverAsyncP99"),
            r.headlineClients()));
    md.append(
        String.format(
            "- **Saga ÷ floor = %.2f** (%.1f against %.1f orders/s). Both run eight activities on the"
                + " same queues, so both pay the same task dispatch and history writes per activity;"
                + " the saga adds %d history events to the floor's %d (search-attribute upserts on each"
                + " status change, each also a visibility write, the provider's payment callback as a"
                + " signal and the check it triggers), real HTTP calls to the sandbox, and heavier"
                + " payloads. On %s cores shared by every process, the saga's processes used %.2f cores"
                + " and the floor's %.2f; when both fill the machine the ratio is a ratio of CPU per"
                + " order; when the floor does not, something besides CPU holds it back (the dev"
                + " server writes through one SQLite connection). The saga used **%.0f ms** of CPU per order (%s), the floor **%.0f"
                + " ms** (%s). The sandbox stands in for providers that run on other machines; without"
                + " its share the CPU ratio would be %.2f.%n",
            ratios.get("sagaOverFloor"),
            r.sagaOrdersPerSec(),
            r.floorOrdersPerSec(),
            sagaEvents - floorEvents,
            floorEvents,
            r.environment().get("cores"),
            cores(r.saga()),
            cores(r.floor()),
            cpuMsPerOrder(r.saga()),
            perOrder(r.saga()),
            cpuMsPerOrder(r.floor()),
            perOrder(r.floor()),
            cpuMsPerOrder(r.floor()) / (cpuMsPerOrder(r.saga()) - sandboxMsPerOrder(r.saga()))));
    md.append(
        String.format(
            "- **Cost growth** saturates at about %d submitters (%.1f orders/s; more submitters add"
                + " latency, not throughput). At %d submitters the busiest process is **%s** (%s), and"
                + " all processes together use %.2f cores of %s: the machine's CPU, not a pool size,"
                + " is the limit.%n",
            saturation.clients(),
            saturation.ordersPerSec(),
            top.clients(),
            top.busiest(),
            MarkdownReport.cores(top.cpuCores()),
            totalCores,
            r.environment().get("cores")));
    md.append(
        String.format(
            "- **Parked orders**: %d waiting at once held %.1f MB of heap after GC and %d OS threads"
                + " in the two workers that hold them (compare the rows above: threads stay flat as"
                + " parked orders grow, because workflow threads and polls are virtual); the drain"
                + " after settling took %.1f s (%.1f orders/s), limited by the same CPU as"
                + " throughput: each order still runs the callback's check and four steps, and orders"
                + " that fell out of the workflow cache while waiting are replayed first.%n",
            r.parkedOrders(),
            r.parkedHeapMb(),
            r.parkedThreads(),
            r.drainSeconds(),
            r.drainSeconds() == 0 ? 0 : r.parked().completed() / r.drainSeconds()));
    return md.toString();
  }

  private static double sum(Map<String, Double> cpuCores) {
    return cpuCores.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  private static double cores(ThroughputResult t) {
    return sum(t.cpuCores());
  }

  /** CPU milliseconds of every process together per completed order. */
  private static double cpuMsPerOrder(ThroughputResult t) {
    return msPerOrder(cores(t), t);
  }

  private static double sandboxMsPerOrder(ThroughputResult t) {
    return msPerOrder(t.cpuCores().getOrDefault("sandbox", 0.0), t);
  }

  private static String perOrder(ThroughputResult t) {
    return t.cpuCores().entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .map(e -> String.format("%s %.0f", e.getKey(), msPerOrder(e.getValue(), t)))
        .collect(Collectors.joining(", "));
  }

  /** {@code cores} of CPU, spread over the orders {@code t} completed each second, in ms each. */
  private static double msPerOrder(double cores, ThroughputResult t) {
    return t.perSecond() == 0 ? 0 : cores / t.perSecond() * 1000;
  }

  /** The first level after which more submitters add under 10% throughput. */
  private static GrowthRow saturation(List<GrowthRow> growth) {
    for (int i = 0; i + 1 < growth.size(); i++) {
      if (growth.get(i + 1).ordersPerSec() < growth.get(i).ordersPerSec() * 1.1) {
        return growth.get(i);
      }
    }
    return growth.get(growth.size() - 1);
  }
}
