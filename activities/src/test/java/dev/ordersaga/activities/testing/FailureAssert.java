package dev.ordersaga.activities.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.temporal.failure.ApplicationFailure;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Catches the {@link ApplicationFailure} an adapter call throws. */
public final class FailureAssert {
  private FailureAssert() {}

  /** The failure {@code call} throws, asserting it is non-retryable and of {@code type}. */
  public static ApplicationFailure nonRetryable(ThrowingCallable call, String type) {
    ApplicationFailure failure = catchThrowableOfType(ApplicationFailure.class, call);
    assertThat(failure).as("an ApplicationFailure").isNotNull();
    assertThat(failure.getType()).isEqualTo(type);
    assertThat(failure.isNonRetryable()).as("non-retryable").isTrue();
    return failure;
  }

  /** The failure {@code call} throws, asserting it is retryable and of {@code type}. */
  public static ApplicationFailure retryable(ThrowingCallable call, String type) {
    ApplicationFailure failure = catchThrowableOfType(ApplicationFailure.class, call);
    assertThat(failure).as("an ApplicationFailure").isNotNull();
    assertThat(failure.getType()).isEqualTo(type);
    assertThat(failure.isNonRetryable()).as("non-retryable").isFalse();
    return failure;
  }
}
