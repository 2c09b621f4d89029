package dev.ordersaga.bench;

import dev.ordersaga.bench.report.HistoryBreakdown;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What workflows' histories hold. */
final class History {
  private static final Logger log = LoggerFactory.getLogger(History.class);

  /** The most histories one breakdown reads. */
  static final int SAMPLE = 20;

  private History() {}

  static int events(WorkflowClient client, String workflowId) {
    return client.fetchHistory(workflowId).getHistory().getEventsCount();
  }

  /**
   * The breakdown averaged over up to {@link #SAMPLE} of the workflows of {@code sequences} (in
   * order), spread evenly over them.
   */
  static HistoryBreakdown breakdown(
      WorkflowClient client, List<Long> sequences, LongFunction<String> workflowId) {
    List<List<HistoryEvent>> histories = new ArrayList<>();
    int step = Math.max(1, sequences.size() / SAMPLE);
    for (int i = 0; i < sequences.size() && histories.size() < SAMPLE; i += step) {
      String id = workflowId.apply(sequences.get(i));
      try {
        histories.add(client.fetchHistory(id).getHistory().getEventsList());
      } catch (RuntimeException notStarted) {
        log.warn("no history of {}: {}", id, notStarted.toString());
      }
    }
    double upserts = mean(histories, EventType.EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES);
    return new HistoryBreakdown(
        histories.size(),
        histories.stream().mapToInt(List::size).average().orElse(0),
        mean(histories, EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED),
        mean(histories, EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED),
        upserts,
        histories.isEmpty() ? 0 : upserts + 2,
        mean(histories, EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED),
        mean(histories, EventType.EVENT_TYPE_MARKER_RECORDED),
        mean(histories, EventType.EVENT_TYPE_TIMER_STARTED),
        histories.stream()
                .mapToLong(
                    events -> events.stream().mapToLong(HistoryEvent::getSerializedSize).sum())
                .average()
                .orElse(0)
            / 1024);
  }

  private static double mean(List<List<HistoryEvent>> histories, EventType type) {
    return histories.stream()
        .mapToLong(events -> events.stream().filter(e -> e.getEventType() == type).count())
        .average()
        .orElse(0);
  }
}
