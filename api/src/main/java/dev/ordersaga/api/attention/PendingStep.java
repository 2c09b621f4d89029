package dev.ordersaga.api.attention;

/**
 * An activity of a running order that has not finished, as {@code DescribeWorkflowExecution}
 * reports it.
 *
 * @param attempt the current attempt, 1 for the first
 * @param lastFailure the message of the last attempt's failure, or null
 */
public record PendingStep(
    String activityType, String activityId, int attempt, String lastFailure) {}
