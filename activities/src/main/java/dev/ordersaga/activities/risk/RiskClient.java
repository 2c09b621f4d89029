package dev.ordersaga.activities.risk;

import dev.ordersaga.activities.http.DownstreamHttp;
import dev.ordersaga.order.steps.RiskActivities;
import dev.ordersaga.order.steps.RiskCommand;
import dev.ordersaga.order.steps.RiskVerdict;
import io.temporal.failure.ApplicationFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link RiskActivities} over {@code /risk/assessments}, with the command's {@code
 * Idempotency-Key}, so a retried, reset or replayed assessment gets the provider's first verdict.
 */
public record RiskClient(DownstreamHttp http) implements RiskActivities {
  private static final Logger log = LoggerFactory.getLogger(RiskClient.class);

  /**
   * {@code POST /risk/assessments}; 201 with the verdict. A decline is an answer, not a failure.
   *
   * @throws ApplicationFailure as {@code FailureClassifier} says: non-retryable {@code
   *     InvalidOrder} for a 422, retryable {@code DownstreamUnavailable} for 5xx, timeouts and lost
   *     connections (after a {@code Retry-After}, if sent); non-retryable {@code
   *     UnexpectedResponse} for an answer without an assessment id or a known decision
   */
  @Override
  public RiskVerdict assess(RiskCommand command) {
    RiskVerdict verdict =
        http.post(
                command.idempotencyKey(),
                new AssessmentBody(
                    command.orderId(),
                    command.customerId(),
                    command.total().toPlainString(),
                    command.currency(),
                    command.addressHash()),
                AssessmentReply.class,
                "risk",
                "assessments")
            .toVerdict();
    log.info(
        "risk assessment {}: {} ({})",
        verdict.assessmentId(),
        verdict.decision(),
        verdict.reason());
    return verdict;
  }
}
