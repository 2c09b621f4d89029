package dev.ordersaga.activities.risk;

import dev.ordersaga.activities.http.FailureClassifier;
import dev.ordersaga.order.steps.RiskDecision;
import dev.ordersaga.order.steps.RiskVerdict;
import io.temporal.failure.ApplicationFailure;
import java.util.Locale;

/**
 * The answer of {@code POST /risk/assessments}.
 *
 * @param decision {@code approve}, {@code review} or {@code decline}, in any case
 * @param reason the provider's reason, or null
 */
record AssessmentReply(String assessmentId, String orderId, String decision, String reason) {
  private static final String ANSWER = "POST /risk/assessments";

  /**
   * The verdict the workflow reads.
   *
   * @throws ApplicationFailure non-retryable {@code UnexpectedResponse} without an assessment id or
   *     with a decision that is none of the three
   */
  RiskVerdict toVerdict() {
    String id = FailureClassifier.required(assessmentId, ANSWER, "assessmentId");
    String named = FailureClassifier.required(decision, ANSWER, "decision");
    try {
      return new RiskVerdict(id, RiskDecision.valueOf(named.toUpperCase(Locale.ROOT)), reason);
    } catch (IllegalArgumentException unknown) {
      throw FailureClassifier.unexpectedReply(
          ANSWER + " answered the unknown decision '" + decision + "'");
    }
  }
}
