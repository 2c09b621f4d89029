package dev.ordersaga.order.steps;

/**
 * The risk provider's answer.
 *
 * @param assessmentId the provider's id of the assessment
 * @param decision approve, review (an operator decides) or decline
 * @param reason the provider's reason, shown on the ledger when the order does not go on
 */
public record RiskVerdict(String assessmentId, RiskDecision decision, String reason) {}
