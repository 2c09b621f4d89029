package dev.ordersaga.sandbox.representations;

import java.util.List;

/**
 * The answer to {@code GET /risk/assessments?orderId=...}.
 *
 * @param assessments every assessment of the order, oldest first
 */
public record RiskAssessments(List<RiskAssessment> assessments) {}
