package dev.ordersaga.activities.risk;

/** The body of {@code POST /risk/assessments}; the total as a decimal string. */
record AssessmentBody(
    String orderId, String customerId, String total, String currency, String addressHash) {}
