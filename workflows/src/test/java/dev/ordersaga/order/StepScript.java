package dev.ordersaga.order;

import dev.ordersaga.order.steps.PaymentState;
import dev.ordersaga.order.steps.RiskDecision;
import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * What the fake downstream systems do, and what they were asked: each activity records its call,
 * then fails, blocks or succeeds as the test scripted it, and records its return (or throw). Calls
 * and returns share one sequence, so a test can tell which calls ran at the same time.
 */
public final class StepScript {
  /** One call as an activity saw it. */
  record Call(
      String activityType,
      int attempt,
      String taskQueue,
      String idempotencyKey,
      long calledAtMillis,
      long sequence) {}

  /** The end of a call, returned or thrown, placed in the sequence of {@link Call}s. */
  record Return(String activityType, int attempt, long sequence) {}

  private final LongSupplier clock;
  private final AtomicLong sequence = new AtomicLong();
  private final List<Call> calls = new ArrayList<>();
  private final List<Return> returns = new ArrayList<>();
  private final Map<String, Integer> transientFailuresLeft = new ConcurrentHashMap<>();
  private final Map<String, String> refusals = new ConcurrentHashMap<>();
  private final Map<String, Boolean> broken = new ConcurrentHashMap<>();
  private final Map<String, CountDownLatch> gates = new ConcurrentHashMap<>();
  private volatile PaymentState pollResult = PaymentState.SUCCEEDED;
  private volatile PaymentState checkResult = PaymentState.PENDING;
  private volatile RiskDecision riskDecision = RiskDecision.APPROVE;

  /**
   * @param clock the test server's time, so time-skipped retries show their real spacing
   */
  public StepScript(LongSupplier clock) {
    this.clock = clock;
  }

  /** The next {@code times} calls of {@code activityType} fail with a retryable error. */
  StepScript failTransiently(String activityType, int times) {
    transientFailuresLeft.put(activityType, times);
    return this;
  }

  /** Every call of {@code activityType} is refused with a non-retryable {@code failureType}. */
  StepScript refuse(String activityType, String failureType) {
    refusals.put(activityType, failureType);
    return this;
  }

  /** Calls of {@code activityType} are no longer refused. */
  StepScript allow(String activityType) {
    refusals.remove(activityType);
    return this;
  }

  /** Every call of {@code activityType} fails (retryably) until {@link #repair}. */
  StepScript breakDown(String activityType) {
    broken.put(activityType, true);
    return this;
  }

  StepScript repair(String activityType) {
    broken.remove(activityType);
    return this;
  }

  /** Calls of {@code activityType} wait until {@link #open}. */
  StepScript holdAt(String activityType) {
    gates.put(activityType, new CountDownLatch(1));
    return this;
  }

  StepScript open(String activityType) {
    CountDownLatch gate = gates.remove(activityType);
    if (gate != null) {
      gate.countDown();
    }
    return this;
  }

  /** What the long poll ends with; PENDING means it never settles. */
  StepScript pollEndsWith(PaymentState state) {
    this.pollResult = state;
    return this;
  }

  /** What a one-off status check answers. */
  StepScript checkAnswers(PaymentState state) {
    this.checkResult = state;
    return this;
  }

  /** What the risk provider decides. */
  StepScript riskDecides(RiskDecision decision) {
    this.riskDecision = decision;
    return this;
  }

  RiskDecision riskDecision() {
    return riskDecision;
  }

  PaymentState pollResult() {
    return pollResult;
  }

  PaymentState checkResult() {
    return checkResult;
  }

  /** Records the call, applies the script (refuse, fail, wait or return), then records its end. */
  void enter(String activityType, String idempotencyKey) {
    var info = Activity.getExecutionContext().getInfo();
    synchronized (calls) {
      calls.add(
          new Call(
              activityType,
              info.getAttempt(),
              info.getActivityTaskQueue(),
              idempotencyKey,
              clock.getAsLong(),
              sequence.incrementAndGet()));
    }
    try {
      applyScript(activityType);
    } finally {
      synchronized (calls) {
        returns.add(new Return(activityType, info.getAttempt(), sequence.incrementAndGet()));
      }
    }
  }

  private void applyScript(String activityType) {
    String refusal = refusals.get(activityType);
    if (refusal != null) {
      throw ApplicationFailure.newNonRetryableFailure(activityType + " refused", refusal);
    }
    if (broken.containsKey(activityType)) {
      throw ApplicationFailure.newFailure(activityType + " is down", "ProviderUnavailable");
    }
    Integer left = transientFailuresLeft.computeIfPresent(activityType, (type, n) -> n - 1);
    if (left != null && left >= 0) {
      throw ApplicationFailure.newFailure(activityType + " answered 503", "ProviderUnavailable");
    }
    CountDownLatch gate = gates.get(activityType);
    if (gate != null) {
      await(gate);
    }
  }

  /** Activity types in call order, one entry per attempt. */
  List<String> activityTypes() {
    return calls().stream().map(Call::activityType).toList();
  }

  List<Call> calls() {
    synchronized (calls) {
      return List.copyOf(calls);
    }
  }

  List<Return> returns() {
    synchronized (calls) {
      return List.copyOf(returns);
    }
  }

  long count(String activityType) {
    return activityTypes().stream().filter(activityType::equals).count();
  }

  private static void await(CountDownLatch gate) {
    try {
      if (!gate.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("gate was never opened");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
