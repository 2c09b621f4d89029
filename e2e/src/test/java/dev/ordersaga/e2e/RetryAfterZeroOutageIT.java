package dev.ordersaga.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.OrderLedger;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.OrderStatus;
import dev.ordersaga.order.steps.ActivityTypes;
import dev.ordersaga.processes.Await;
import io.temporal.api.workflow.v1.PendingActivityInfo;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The payments provider down for a minute, answering every call {@code 503} with {@code
 * Retry-After: 0} (as load balancers and CDNs do): each order placed during the outage keeps
 * retrying its payment request on its policy's backoff (1 s doubling, so a handful of attempts in
 * the minute, not one per answer), none parks, and every one completes once the provider is back.
 */
class RetryAfterZeroOutageIT {
  private static final String PAYMENTS = "payments";
  private static final Duration OUTAGE = Duration.ofSeconds(60);
  private static final int ORDERS = 6;

  /**
   * The highest attempt a payment request can be on (or waiting for) in the outage: 1 s doubling
   * makes the 6th attempt 31 s and the 7th 63 s after the first.
   */
  private static final int MOST_ATTEMPTS_IN_THE_OUTAGE = 7;

  @AutoClose private Stack stack;

  @Test
  void everyOrderPlacedWhilePaymentsAnswerRetryAfterZeroCompletesOnceTheyRecover() {
    stack = new Stack("retry-after-zero", Duration.ofMillis(500), Duration.ofMinutes(2));
    stack.sandbox.fault(PAYMENTS, "{\"outage\":true,\"retryAfterSeconds\":0}");
    long outageEnds = System.nanoTime() + OUTAGE.toNanos();
    Map<String, Integer> attempts = new LinkedHashMap<>();
    for (int i = 0; i < ORDERS; i++) {
      OrderRequest order = Orders.paidWith("tok_ok");
      stack.start(order);
      attempts.put(order.orderId(), 0);
      Await.until(
          "order " + order.orderId() + " to retry its payment request",
          Duration.ofSeconds(20),
          () -> stillRetrying(attempts) && attempts.get(order.orderId()) >= 2);
    }
    Await.until(
        "the outage to last " + OUTAGE + " with every order still retrying",
        OUTAGE.plusSeconds(10),
        () -> stillRetrying(attempts) && System.nanoTime() - outageEnds >= 0);
    stack.sandbox.clearFaults();

    for (String orderId : attempts.keySet()) {
      OrderLedger ledger = stack.result(orderId, Duration.ofSeconds(60));
      assertThat(ledger.status()).as("order %s", orderId).isEqualTo(OrderStatus.COMPLETED);
    }
    assertThat(attempts.values())
        .as("payment request attempts per order during the outage: %s", attempts)
        .allSatisfy(seen -> assertThat(seen).isBetween(2, MOST_ATTEMPTS_IN_THE_OUTAGE));
  }

  /**
   * Notes the attempt each order's payment request is on (the next one while it backs off); fails
   * at once when an order has left the payment step (parked, failed or done while the provider is
   * down).
   */
  private boolean stillRetrying(Map<String, Integer> attempts) {
    for (Map.Entry<String, Integer> order : attempts.entrySet()) {
      OrderStatus status = stack.status(order.getKey()).status();
      assertThat(status)
          .as("order %s while the payments provider is down", order.getKey())
          .isIn(OrderStatus.PENDING, OrderStatus.INVENTORY_RESERVED);
      stack
          .untyped(order.getKey())
          .describe()
          .getRawDescription()
          .getPendingActivitiesList()
          .stream()
          .filter(
              activity ->
                  activity.getActivityType().getName().equals(ActivityTypes.REQUEST_PAYMENT))
          .mapToInt(PendingActivityInfo::getAttempt)
          .max()
          .ifPresent(attempt -> order.setValue(Math.max(order.getValue(), attempt)));
    }
    return true;
  }
}
