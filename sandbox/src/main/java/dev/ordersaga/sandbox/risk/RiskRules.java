package dev.ordersaga.sandbox.risk;

import dev.ordersaga.sandbox.representations.RiskDecision;
import dev.ordersaga.sandbox.representations.RiskRequest;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The sandbox's fraud rule, deterministic so tests can choose a verdict (API.md, "Risk"). In order:
 *
 * <ol>
 *   <li>a customer id starting with {@value #DECLINE_PREFIX}: {@code decline}, "{@value
 *       #DENY_LISTED}";
 *   <li>a customer id starting with {@value #REVIEW_PREFIX}: {@code review}, "{@value
 *       #REVIEW_REQUESTED}";
 *   <li>a total above the review threshold (in the order's currency): {@code review}, "{@value
 *       #ABOVE_THRESHOLD}";
 *   <li>otherwise {@code approve}, with no reason.
 * </ol>
 */
public final class RiskRules {
  /** The customer id prefix that is declined. */
  public static final String DECLINE_PREFIX = "risk-decline";

  /** The customer id prefix that is sent to review. */
  public static final String REVIEW_PREFIX = "risk-review";

  static final String DENY_LISTED = "customer on the deny list";
  static final String REVIEW_REQUESTED = "manual review requested";
  static final String ABOVE_THRESHOLD = "amount above review threshold";

  private final BigDecimal reviewAbove;

  /**
   * A decision and why.
   *
   * @param reason why the order does not simply go on; {@code null} on {@code approve}
   */
  public record Verdict(RiskDecision decision, String reason) {}

  /** Rules that send a total above {@code reviewAbove} to review. */
  public RiskRules(BigDecimal reviewAbove) {
    this.reviewAbove = Objects.requireNonNull(reviewAbove, "reviewAbove");
  }

  /** The verdict on {@code request}. */
  public Verdict verdict(RiskRequest request) {
    if (request.customerId().startsWith(DECLINE_PREFIX)) {
      return new Verdict(RiskDecision.DECLINE, DENY_LISTED);
    }
    if (request.customerId().startsWith(REVIEW_PREFIX)) {
      return new Verdict(RiskDecision.REVIEW, REVIEW_REQUESTED);
    }
    if (request.total().compareTo(reviewAbove) > 0) {
      return new Verdict(RiskDecision.REVIEW, ABOVE_THRESHOLD);
    }
    return new Verdict(RiskDecision.APPROVE, null);
  }
}
