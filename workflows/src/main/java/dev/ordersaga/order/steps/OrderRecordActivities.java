package dev.ordersaga.order.steps;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;

/**
 * The order record system, on the {@code order-records} queue. Every method is idempotent: the
 * downstream system deduplicates on the command's {@code Idempotency-Key}, so a retry, reset or
 * replay never has a second effect. Transient failures (timeouts, 5xx, 429) are retryable; refusals
 * are non-retryable {@code ApplicationFailure}s of a type in {@code OrderFailureTypes}.
 */
@ActivityInterface
public interface OrderRecordActivities {

  /**
   * Opens the record. Key {@code {orderId}:open-record}.
   *
   * @throws io.temporal.failure.ApplicationFailure type {@code InvalidOrder} when refused
   */
  @ActivityMethod(name = ActivityTypes.OPEN_RECORD)
  void open(OpenRecordCommand command);

  /** Marks the record completed. Key {@code {orderId}:complete-record}. */
  @ActivityMethod(name = ActivityTypes.COMPLETE_RECORD)
  void complete(StepCommand command);

  /**
   * Marks the record cancelled; succeeds when there is no record. Key {@code
   * {orderId}:open-record:undo}.
   */
  @ActivityMethod(name = ActivityTypes.CANCEL_RECORD)
  void cancel(StepCommand command);
}
