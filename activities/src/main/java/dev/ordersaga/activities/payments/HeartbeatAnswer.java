package dev.ordersaga.activities.payments;

import io.temporal.client.ActivityCanceledException;
import io.temporal.client.ActivityCompletionException;
import io.temporal.client.ActivityCompletionFailureException;
import io.temporal.client.ActivityNotExistsException;
import io.temporal.client.ActivityPausedException;
import io.temporal.client.ActivityResetException;

/** What the server meant by answering a heartbeat with an exception instead of success. */
enum HeartbeatAnswer {
  /** The workflow asked to cancel the activity: report it cancelled and stop holding it. */
  CANCELLED,
  /** The activity was paused or reset: end this attempt with the answer and stop holding it. */
  ATTEMPT_OVER,
  /** The server no longer knows the activity (timed out, workflow closed): stop holding it. */
  GONE,
  /** Anything else (e.g. the server unreachable): heartbeat again soon. */
  TRY_AGAIN;

  /** The meaning of {@code answer}, already {@link #unwrapped}. */
  static HeartbeatAnswer of(RuntimeException answer) {
    if (answer instanceof ActivityCanceledException) {
      return CANCELLED;
    }
    if (answer instanceof ActivityPausedException || answer instanceof ActivityResetException) {
      return ATTEMPT_OVER;
    }
    if (answer instanceof ActivityNotExistsException) {
      return GONE;
    }
    return TRY_AGAIN;
  }

  /**
   * The answer inside {@code e}: SDK 1.38's completion client wraps cancel, pause and reset in an
   * {@link ActivityCompletionFailureException} (temporalio/sdk-java#2983).
   */
  static RuntimeException unwrapped(RuntimeException e) {
    if (e instanceof ActivityCompletionFailureException
        && e.getCause() instanceof ActivityCompletionException cause) {
      return cause;
    }
    return e;
  }
}
