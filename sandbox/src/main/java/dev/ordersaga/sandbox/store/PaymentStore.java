package dev.ordersaga.sandbox.store;

import dev.ordersaga.sandbox.representations.ChargeRequest;
import dev.ordersaga.sandbox.representations.PaymentSummary;
import dev.ordersaga.sandbox.representations.PaymentView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * The payments table. Statuses: {@code PENDING → SUCCEEDED → REFUNDED}, {@code PENDING → DECLINED},
 * {@code PENDING → VOIDED}; every change is a conditional UPDATE from the expected status, so a
 * settlement racing a void cannot both win.
 */
public final class PaymentStore {
  private static final String COLUMNS = "payment_id, order_id, status, reason, token";

  private static final RowMapper<StoredPayment> MAPPER =
      (rs, ctx) ->
          new StoredPayment(
              new PaymentView(
                  rs.getString("payment_id"),
                  rs.getString("order_id"),
                  rs.getString("status"),
                  rs.getString("reason")),
              rs.getString("token"));

  /**
   * A payment with the token it was charged with.
   *
   * @param view the payment as answered
   * @param token the card token, which decides how it settles
   */
  public record StoredPayment(PaymentView view, String token) {}

  /**
   * A pending payment due to settle.
   *
   * @param paymentId the payment
   * @param settleAt epoch milliseconds
   */
  public record DueSettlement(String paymentId, long settleAt) {}

  /** Inserts a {@code PENDING} payment; {@code settleAt} is null when it never settles. */
  public void insert(Handle handle, String paymentId, ChargeRequest request, Long settleAt) {
    handle
        .createUpdate(
            "INSERT INTO payments"
                + " (payment_id, order_id, amount, currency, token, status, reason, settle_at, created_at)"
                + " VALUES (:id, :orderId, :amount, :currency, :token, 'PENDING', NULL, :settleAt, :now)")
        .bind("id", paymentId)
        .bind("orderId", request.orderId())
        .bind("amount", request.amount().toPlainString())
        .bind("currency", request.currency())
        .bind("token", request.token())
        .bind("settleAt", settleAt)
        .bind("now", System.currentTimeMillis())
        .execute();
  }

  /** The payment {@code paymentId}, if any. */
  public Optional<StoredPayment> find(Handle handle, String paymentId) {
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM payments WHERE payment_id = :id")
        .bind("id", paymentId)
        .map(MAPPER)
        .findOne();
  }

  /** The payments among {@code paymentIds} that exist, in no particular order. */
  public List<StoredPayment> findAll(Handle handle, List<String> paymentIds) {
    if (paymentIds.isEmpty()) {
      return List.of();
    }
    StringBuilder placeholders = new StringBuilder();
    for (int i = 0; i < paymentIds.size(); i++) {
      placeholders.append(i == 0 ? ":id" : ", :id").append(i);
    }
    Query query =
        handle.createQuery(
            "SELECT " + COLUMNS + " FROM payments WHERE payment_id IN (" + placeholders + ")");
    for (int i = 0; i < paymentIds.size(); i++) {
      query.bind("id" + i, paymentIds.get(i));
    }
    return query.map(MAPPER).list();
  }

  /** The newest payment of {@code orderId}, if any. */
  public Optional<StoredPayment> latestOf(Handle handle, String orderId) {
    return newestOf(handle, orderId, "");
  }

  /** The newest {@code PENDING} or {@code SUCCEEDED} payment of {@code orderId}, if any. */
  public Optional<StoredPayment> activeOf(Handle handle, String orderId) {
    return newestOf(handle, orderId, " AND status IN ('PENDING', 'SUCCEEDED')");
  }

  private static Optional<StoredPayment> newestOf(
      Handle handle, String orderId, String statusCondition) {
    return handle
        .createQuery(
            "SELECT "
                + COLUMNS
                + " FROM payments WHERE order_id = :orderId"
                + statusCondition
                + " ORDER BY created_at DESC, payment_id DESC")
        .bind("orderId", orderId)
        .map(MAPPER)
        .stream()
        .findFirst();
  }

  /**
   * Moves {@code paymentId} from {@code from} to {@code to}; false when it was not {@code from}.
   */
  public boolean transition(
      Handle handle, String paymentId, String from, String to, String reason) {
    return handle
            .createUpdate(
                "UPDATE payments SET status = :to, reason = :reason, settle_at = NULL"
                    + " WHERE payment_id = :id AND status = :from")
            .bind("to", to)
            .bind("reason", reason)
            .bind("id", paymentId)
            .bind("from", from)
            .execute()
        == 1;
  }

  /** Every pending payment that will settle by itself, with when. */
  public List<DueSettlement> scheduled(Handle handle) {
    return handle
        .createQuery(
            "SELECT payment_id, settle_at FROM payments"
                + " WHERE status = 'PENDING' AND settle_at IS NOT NULL")
        .map((rs, ctx) -> new DueSettlement(rs.getString("payment_id"), rs.getLong("settle_at")))
        .list();
  }

  /** The id of every pending payment, whether or not it settles by itself, oldest first. */
  public List<String> pendingIds(Handle handle) {
    return handle
        .createQuery(
            "SELECT payment_id FROM payments WHERE status = 'PENDING'"
                + " ORDER BY created_at, payment_id")
        .mapTo(String.class)
        .list();
  }

  /** Every payment, oldest first. */
  public List<PaymentSummary> summaries(Handle handle) {
    return handle
        .createQuery(
            "SELECT payment_id, order_id, status, amount FROM payments"
                + " ORDER BY created_at, payment_id")
        .map(
            (rs, ctx) ->
                new PaymentSummary(
                    rs.getString("payment_id"),
                    rs.getString("order_id"),
                    rs.getString("status"),
                    new BigDecimal(rs.getString("amount"))))
        .list();
  }
}
