package dev.ordersaga.sandbox.representations;

/**
 * One assessment of an order, as {@code POST /risk/assessments} answers it and {@code GET
 * /risk/assessments} lists it.
 *
 * @param decision {@code approve}, {@code review} or {@code decline}
 * @param reason why the order does not simply go on; {@code null} on {@code approve}
 */
public record RiskAssessment(
    String assessmentId, String orderId, RiskDecision decision, String reason) {}
