package dev.ordersaga.activities.records;

import dev.ordersaga.activities.http.DownstreamHttp;
import dev.ordersaga.order.steps.OpenRecordCommand;
import dev.ordersaga.order.steps.OrderRecordActivities;
import dev.ordersaga.order.steps.StepCommand;

/**
 * {@link OrderRecordActivities} over {@code /records}. Every call is a POST with the command's
 * {@code Idempotency-Key}; failures are classified by {@code FailureClassifier} ({@code
 * InvalidOrder} when the system refuses).
 */
public record OrderRecordsClient(DownstreamHttp http) implements OrderRecordActivities {
  /** {@code POST /records/{orderId}/open}; 201 OPEN, 422 {@code InvalidOrder}. */
  @Override
  public void open(OpenRecordCommand command) {
    http.changeState(
        command.idempotencyKey(), OpenRecordBody.of(command), "records", command.orderId(), "open");
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
    http.changeState(command, "records", command.orderId(), action);
  }
}
