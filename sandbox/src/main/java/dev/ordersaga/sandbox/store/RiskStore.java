package dev.ordersaga.sandbox.store;

import dev.ordersaga.sandbox.representations.RiskAssessment;
import dev.ordersaga.sandbox.representations.RiskDecision;
import dev.ordersaga.sandbox.representations.RiskRequest;
import dev.ordersaga.sandbox.risk.RiskRules;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The risk system: judges orders by {@link RiskRules} and keeps every assessment, counted as {@code
 * risk.assess}, so a second assessment of an order under a new key shows as two: the books of
 * "nothing done twice".
 *
 * @param effects where each assessment is counted
 * @param rules the fraud rule judging each request
 */
public record RiskStore(EffectLog effects, RiskRules rules) {
  private static final RowMapper<RiskAssessment> ASSESSMENT =
      (rs, ctx) ->
          new RiskAssessment(
              rs.getString("assessment_id"),
              rs.getString("order_id"),
              RiskDecision.byWireName(rs.getString("decision")),
              rs.getString("reason"));

  /** Judges {@code request} by the rules, records the new assessment, and answers it. */
  public RiskAssessment assess(Handle handle, RiskRequest request) {
    RiskRules.Verdict verdict = rules.verdict(request);
    String assessmentId = "rsk_" + UUID.randomUUID().toString().replace("-", "");
    handle
        .createUpdate(
            "INSERT INTO risk_assessments (assessment_id, order_id, customer_id, total, currency,"
                + " address_hash, decision, reason, created_at) VALUES (:id, :orderId, :customerId,"
                + " :total, :currency, :addressHash, :decision, :reason, :now)")
        .bind("id", assessmentId)
        .bind("orderId", request.orderId())
        .bind("customerId", request.customerId())
        .bind("total", request.total().toPlainString())
        .bind("currency", request.currency())
        .bind("addressHash", request.addressHash())
        .bind("decision", verdict.decision().wireName())
        .bind("reason", verdict.reason())
        .bind("now", System.currentTimeMillis())
        .execute();
    effects.record(handle, request.orderId(), Effect.RISK_ASSESS);
    return new RiskAssessment(
        assessmentId, request.orderId(), verdict.decision(), verdict.reason());
  }

  /** Every assessment of {@code orderId}, oldest first. */
  public List<RiskAssessment> ofOrder(Handle handle, String orderId) {
    return handle
        .createQuery(
            "SELECT assessment_id, order_id, decision, reason FROM risk_assessments"
                + " WHERE order_id = :orderId ORDER BY created_at, assessment_id")
        .bind("orderId", orderId)
        .map(ASSESSMENT)
        .list();
  }
}
