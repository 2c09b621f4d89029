package dev.ordersaga.activities.records;

import dev.ordersaga.activities.http.DownstreamHttp;
import dev.ordersaga.activities.http.StateReply;
import dev.ordersaga.order.steps.OpenRecordCommand;
import dev.ordersaga.order.steps.OrderRecordActivities;
import dev.ordersaga.order.steps.StepCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link OrderRecordActivities} over {@code /records}. Every call is a POST with the command's
 * {@code Idempotency-Key}; failures are classified by {@code FailureClassifier} ({@code
 * InvalidOrder} when the system refuses).
 */
public final class OrderRecordsClient implements OrderRecordActivities {
  private static final Logger log = LoggerFactory.getLogger(OrderRecordsClient.class);

  private final DownstreamHttp http;

  public OrderRecordsClient(DownstreamHttp http) {
    this.http = http;
  }

  /** {@code POST /records/{orderId}/open}; 201 OPEN, 422 {@code InvalidOrder}. */
  @Override
  public void open(OpenRecordCommand command) {
    String orderId = command.orderId();
    StateReply reply =
        http.post(
            http.url("records", orderId, "open"),
            command.idempotencyKey(),
            OpenRecordBody.of(command),
            StateReply.class);
    log.info("order record opened (state {})", reply.state());
  }

  /** {@code POST /records/{orderId}/complete}; 409 {@code InvalidOrder} when not open. */
  @Override
  public void complete(StepCommand command) {
    change(command, "complete");
  }

  /** {@code POST /records/{orderId}/cancel}; succeeds with state NONE when there is no record. */
  @Override
  public void cancel(StepCommand command) {
    change(command, "cancel");
  }

  private void change(StepCommand command, String action) {
    String state = http.changeState(command, "records", command.orderId(), action);
    log.info("order record {}: state {}", action, state);
  }
}
