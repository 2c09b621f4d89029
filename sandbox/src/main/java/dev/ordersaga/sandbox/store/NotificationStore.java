package dev.ordersaga.sandbox.store;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.ordersaga.sandbox.representations.MerchantNotice;
import dev.ordersaga.sandbox.representations.OrderState;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The notifications system: every accepted merchant notice is kept and counted as sent.
 *
 * @param effects where each notice sent is counted
 * @param json how notices are kept
 */
public record NotificationStore(EffectLog effects, JsonColumns json) {
  private static final TypeReference<MerchantNotice> NOTICE = new TypeReference<>() {};

  /** Sends {@code notice} to the merchant: {@code SENT}. */
  public OrderState notifyMerchant(Handle handle, MerchantNotice notice) {
    handle
        .createUpdate(
            "INSERT INTO merchant_notifications (notification_id, order_id, body, created_at)"
                + " VALUES (:id, :orderId, :body, :now)")
        .bind("id", "ntf_" + UUID.randomUUID().toString().replace("-", ""))
        .bind("orderId", notice.orderId())
        .bind("body", json.write(notice))
        .bind("now", System.currentTimeMillis())
        .execute();
    effects.record(handle, notice.orderId(), Effect.MERCHANT_NOTIFY);
    return new OrderState(notice.orderId(), "SENT");
  }

  /** Every notice sent, oldest first. */
  public List<MerchantNotice> all(Handle handle) {
    return handle
        .createQuery("SELECT body FROM merchant_notifications ORDER BY created_at, notification_id")
        .mapTo(String.class)
        .map(body -> json.read(body, NOTICE))
        .list();
  }
}
