package dev.ordersaga.api.attention;

import java.time.Instant;

/**
 * An activity of a running order that has not finished, as {@code DescribeWorkflowExecution}
 * reports it.
 *
 * @param attempt the current attempt, 1 for the first
 * @param lastFailure the message of the last attempt's failure, or null
 * @param scheduledAt when the current attempt was (or will be) scheduled, or null
 */
public record PendingStep(
    String activityType, String activityId, int attempt, String lastFailure, Instant scheduledAt) {}
