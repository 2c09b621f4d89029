package dev.ordersaga.api.backpressure;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.util.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class BacklogMonitorTest {
  private final Map<String, Long> backlogs = new ConcurrentHashMap<>();
  private final BacklogMonitor monitor = monitor(100);

  private BacklogMonitor monitor(long threshold) {
    BackpressureConfiguration config = new BackpressureConfiguration();
    config.setMaxBacklog(threshold);
    config.setQueues(List.of("orders", "payments"));
    config.setRetryAfter(Duration.seconds(7));
    BacklogSource source =
        queue ->
            backlogs.containsKey(queue)
                ? OptionalLong.of(backlogs.get(queue))
                : OptionalLong.empty();
    return new BacklogMonitor(source, config, Executors.newSingleThreadScheduledExecutor());
  }

  @Test
  void admitsBeforeAnyBacklogIsKnown() {
    assertThat(monitor.admission().admitted()).isTrue();
  }

  @Test
  void admitsWhileEveryQueueIsAtOrBelowTheThreshold() {
    backlogs.put("orders", 100L);
    backlogs.put("payments", 3L);

    monitor.refresh();

    assertThat(monitor.admission().admitted()).isTrue();
  }

  @Test
  void refusesWithRetryAfterWhenAnyQueueIsAboveTheThreshold() {
    backlogs.put("orders", 1L);
    backlogs.put("payments", 101L);

    monitor.refresh();

    Admission admission = monitor.admission();
    assertThat(admission.admitted()).isFalse();
    assertThat(admission.queue()).isEqualTo("payments");
    assertThat(admission.backlog()).isEqualTo(101L);
    assertThat(admission.retryAfter()).hasSeconds(7);
  }

  @Test
  void admitsAgainOnceTheBacklogDrains() {
    backlogs.put("payments", 500L);
    monitor.refresh();
    backlogs.put("payments", 0L);

    monitor.refresh();

    assertThat(monitor.admission().admitted()).isTrue();
  }

  @Test
  void aBacklogThatCannotBeReadDoesNotRefuse() {
    backlogs.put("payments", 500L);
    monitor.refresh();
    backlogs.clear();

    monitor.refresh();

    assertThat(monitor.admission().admitted()).isTrue();
    assertThat(monitor.backlogs()).isEmpty();
  }

  @Test
  void readsOnlyOnRefreshNeverOnTheRequestPath() {
    backlogs.put("payments", 500L);

    assertThat(monitor.admission().admitted()).isTrue();
  }
}
