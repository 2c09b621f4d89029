package dev.ordersaga.api.backpressure;

import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the backlog of the watched queues every few seconds, off the request path, and refuses new
 * orders while any of them is above the threshold. A backlog that cannot be read counts as zero:
 * when Temporal itself is down, starting the order fails with 503 anyway.
 */
public final class BacklogMonitor implements Backpressure, Managed {
  private static final Logger log = LoggerFactory.getLogger(BacklogMonitor.class);

  private final BacklogSource source;
  private final List<String> queues;
  private final long maxBacklog;
  private final Duration refreshInterval;
  private final Duration retryAfter;
  private final ScheduledExecutorService scheduler;
  private final AtomicReference<Map<String, Long>> backlogs = new AtomicReference<>(Map.of());

  public BacklogMonitor(
      BacklogSource source, BackpressureConfiguration config, ScheduledExecutorService scheduler) {
    this.source = source;
    this.queues = List.copyOf(config.getQueues());
    this.maxBacklog = config.getMaxBacklog();
    this.refreshInterval = config.getRefreshInterval().toJavaDuration();
    this.retryAfter = config.getRetryAfter().toJavaDuration();
    this.scheduler = scheduler;
  }

  @Override
  public void start() {
    scheduler.scheduleWithFixedDelay(
        this::refresh, 0, refreshInterval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Reads every watched queue's backlog once. */
  public void refresh() {
    Map<String, Long> read = new LinkedHashMap<>();
    for (String queue : queues) {
      OptionalLong backlog = source.backlog(queue);
      backlog.ifPresent(b -> read.put(queue, b));
    }
    Map<String, Long> previous = backlogs.getAndSet(Map.copyOf(read));
    if (refusing(read) != null && refusing(previous) == null) {
      log.warn("backlog above {}: refusing new orders ({})", maxBacklog, read);
    }
  }

  /** The last backlog read of each queue that could be read. */
  public Map<String, Long> backlogs() {
    return backlogs.get();
  }

  @Override
  public Admission admission() {
    Map<String, Long> current = backlogs.get();
    String queue = refusing(current);
    return queue == null
        ? Admission.admit()
        : Admission.refuse(queue, current.get(queue), retryAfter);
  }

  private String refusing(Map<String, Long> read) {
    return read.entrySet().stream()
        .filter(e -> e.getValue() > maxBacklog)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(null);
  }
}
