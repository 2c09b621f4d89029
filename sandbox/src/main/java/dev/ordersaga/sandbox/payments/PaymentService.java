package dev.ordersaga.sandbox.payments;

import dev.ordersaga.sandbox.problems.Problems;
import dev.ordersaga.sandbox.representations.ChargeRequest;
import dev.ordersaga.sandbox.representations.PaymentView;
import dev.ordersaga.sandbox.representations.RefundResult;
import dev.ordersaga.sandbox.store.Effect;
import dev.ordersaga.sandbox.store.EffectLog;
import dev.ordersaga.sandbox.store.PaymentStore;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The payments system: charges by token, refunds by order.
 *
 * <ul>
 *   <li>charge: a new {@code PENDING} payment settling after the configured delay; while the order
 *       already has a {@code PENDING} or {@code SUCCEEDED} payment, that one is answered instead
 *       and nothing is charged;
 *   <li>refund of the order's newest payment: {@code SUCCEEDED → REFUNDED}, {@code PENDING →
 *       VOIDED} (it will not settle); already refunded or voided answers that again; declined or
 *       none answers {@code NONE}.
 * </ul>
 *
 * @param settleDelayMillis how long after its charge a settling payment settles
 */
public record PaymentService(
    PaymentStore payments, EffectLog effects, PaymentSettler settler, long settleDelayMillis) {
  /** Charges {@code request}, scheduling the settlement once the transaction commits. */
  public PaymentView charge(Handle handle, ChargeRequest request) {
    Token token =
        Token.parse(request.token())
            .orElseThrow(
                () ->
                    Problems.invalidOrder(
                        422,
                        "unknown token (tok_ok, tok_decline, tok_never); the token is not"
                            + " repeated, it is the customer's"));
    Optional<PaymentStore.StoredPayment> active = payments.activeOf(handle, request.orderId());
    if (active.isPresent()) {
      return active.get().view();
    }
    String paymentId = "pay_" + UUID.randomUUID().toString().replace("-", "");
    Long settleAt = token.settles() ? System.currentTimeMillis() + settleDelayMillis : null;
    payments.insert(handle, paymentId, request, settleAt);
    effects.record(handle, request.orderId(), Effect.PAYMENT_CHARGE);
    if (token.settles()) {
      handle.afterCommit(() -> settler.schedule(paymentId, settleDelayMillis));
    }
    return new PaymentView(paymentId, request.orderId(), "PENDING", null);
  }

  /** Refunds or voids the newest payment of {@code orderId}. */
  public RefundResult refund(Handle handle, String orderId) {
    Optional<PaymentStore.StoredPayment> latest = payments.latestOf(handle, orderId);
    if (latest.isEmpty()) {
      return new RefundResult(orderId, "NONE");
    }
    String paymentId = latest.get().view().paymentId();
    String status = latest.get().view().status();
    String undone =
        switch (status) {
          case "SUCCEEDED" -> "REFUNDED";
          case "PENDING" -> "VOIDED";
          case "REFUNDED", "VOIDED" -> status;
          default -> "NONE";
        };
    if (undone.equals("NONE") || undone.equals(status)) {
      return new RefundResult(orderId, undone);
    }
    if (!payments.transition(handle, paymentId, status, undone, null)) {
      return refund(handle, orderId);
    }
    effects.record(handle, orderId, Effect.PAYMENT_REFUND);
    return new RefundResult(orderId, undone);
  }
}
