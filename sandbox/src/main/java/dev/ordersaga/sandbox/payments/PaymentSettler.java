package dev.ordersaga.sandbox.payments;

import dev.ordersaga.sandbox.representations.PaymentEvent;
import dev.ordersaga.sandbox.representations.PaymentView;
import dev.ordersaga.sandbox.store.Effect;
import dev.ordersaga.sandbox.store.EffectLog;
import dev.ordersaga.sandbox.store.PaymentStore;
import dev.ordersaga.sandbox.webhook.WebhookSender;
import dev.ordersaga.telemetry.LogFields;
import dev.ordersaga.telemetry.logging.LogContext;
import io.dropwizard.lifecycle.Managed;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles pending payments when they are due and announces each settlement by webhook.
 *
 * <p>Due times live in the database, so on start every pending payment is scheduled again (those
 * past due settle at once). A settlement is a conditional UPDATE from {@code PENDING}: only one
 * settler (scheduled, admin, or a racing void) wins, and only the winner sends the webhook.
 */
public final class PaymentSettler implements Managed {
  private static final Logger LOG = LoggerFactory.getLogger(PaymentSettler.class);

  private final Jdbi jdbi;
  private final PaymentStore payments;
  private final EffectLog effects;
  private final WebhookSender webhook;
  private final ScheduledThreadPoolExecutor executor;

  /** A settler over {@code payments}, announcing through {@code webhook}. */
  public PaymentSettler(
      Jdbi jdbi, PaymentStore payments, EffectLog effects, WebhookSender webhook) {
    this.jdbi = jdbi;
    this.payments = payments;
    this.effects = effects;
    this.webhook = webhook;
    this.executor =
        new ScheduledThreadPoolExecutor(
            1,
            runnable -> Thread.ofPlatform().name("payment-settler").daemon().unstarted(runnable));
    this.executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    this.executor.setRemoveOnCancelPolicy(true);
  }

  @Override
  public void start() {
    long now = System.currentTimeMillis();
    for (PaymentStore.DueSettlement due : jdbi.withHandle(payments::scheduled)) {
      schedule(due.paymentId(), Math.max(0, due.settleAt() - now));
    }
  }

  @Override
  public void stop() throws InterruptedException {
    executor.shutdownNow();
    executor.awaitTermination(5, TimeUnit.SECONDS);
  }

  /** Settles {@code paymentId} by its token's outcome after {@code delayMillis}. */
  public void schedule(String paymentId, long delayMillis) {
    executor.schedule(() -> settleByToken(paymentId), delayMillis, TimeUnit.MILLISECONDS);
  }

  /**
   * Settles {@code paymentId} to {@code status} ({@code SUCCEEDED} or {@code DECLINED}, with the
   * declined card's reason) now if it is still pending, then sends the webhook.
   *
   * @return the settled payment, or empty when it was not pending
   */
  public Optional<PaymentView> settle(String paymentId, String status) {
    String reason = status.equals(Token.DECLINE.outcome()) ? Token.DECLINE.reason() : null;
    Optional<PaymentView> settled =
        jdbi.inTransaction(
            handle -> {
              if (!payments.transition(handle, paymentId, "PENDING", status, reason)) {
                return Optional.empty();
              }
              PaymentView view = payments.find(handle, paymentId).orElseThrow().view();
              effects.record(handle, view.orderId(), Effect.PAYMENT_SETTLE);
              return Optional.of(view);
            });
    settled.ifPresent(
        view ->
            webhook.send(
                new PaymentEvent(
                    "evt_" + UUID.randomUUID(),
                    view.paymentId(),
                    view.orderId(),
                    view.status(),
                    Instant.now().toString())));
    return settled;
  }

  private void settleByToken(String paymentId) {
    Optional<Token> token =
        jdbi.withHandle(handle -> payments.find(handle, paymentId))
            .flatMap(payment -> Token.parse(payment.token()));
    if (token.isEmpty() || !token.get().settles()) {
      LOG.warn("payment {} has no settling token; left as it is", paymentId);
      return;
    }
    settle(paymentId, token.get().outcome())
        .ifPresent(
            view -> {
              try (LogContext ignored =
                  LogContext.open(Map.of(LogFields.ORDER_ID, view.orderId()))) {
                LOG.info("payment {} settled {}", paymentId, view.status());
              }
            });
  }
}
