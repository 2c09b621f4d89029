package dev.ordersaga.api.temporal;

import dev.ordersaga.api.orders.OrderFilter;
import dev.ordersaga.api.orders.OrderSnapshot;
import dev.ordersaga.api.orders.OrderSummary;
import dev.ordersaga.order.OrderIds;
import dev.ordersaga.order.OrderSearchAttributes;
import dev.ordersaga.order.OrderStatus;
import dev.ordersaga.order.OrderWorkflow;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowExecutionMetadata;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Visibility queries over the order search attributes, and what an execution's metadata says. */
final class Visibility {
  static final String MEMO_FINGERPRINT = "requestFingerprint";
  static final String MEMO_TOTAL = "total";
  static final String MEMO_CURRENCY = "currency";
  private static final String STATUS_PREFIX = "WORKFLOW_EXECUTION_STATUS_";

  private Visibility() {}

  /**
   * The list filter of a {@code ListWorkflowExecutions} call, e.g. {@code WorkflowType =
   * 'OrderWorkflow' AND OrderStatus = 'PAID' AND CustomerId = 'c-42'}. Values are validated before
   * they get here; quotes and backslashes are still escaped. No ORDER BY: SQL-backed visibility
   * (the dev server's SQLite, PostgreSQL) refuses it, and every store already lists the newest
   * first.
   */
  static String query(OrderFilter filter) {
    List<String> clauses = new ArrayList<>();
    clauses.add("WorkflowType = " + literal(OrderWorkflow.TYPE));
    filter
        .status()
        .ifPresent(
            s ->
                clauses.add(
                    OrderSearchAttributes.ORDER_STATUS.getName() + " = " + literal(s.name())));
    filter
        .customerId()
        .ifPresent(
            c -> clauses.add(OrderSearchAttributes.CUSTOMER_ID.getName() + " = " + literal(c)));
    return String.join(" AND ", clauses);
  }

  /**
   * The running orders whose {@code OrderStatus} is one of {@code statuses}, started before {@code
   * startedBefore} unless it is null: {@code WorkflowType = 'OrderWorkflow' AND ExecutionStatus =
   * 'Running' AND OrderStatus IN ('NEEDS_ATTENTION') AND StartTime < '2026-12-08T00:00:00Z'}.
   */
  static String running(Set<OrderStatus> statuses, Instant startedBefore) {
    String query =
        OrderWorkflow.RUNNING_ORDERS
            + " AND "
            + OrderSearchAttributes.ORDER_STATUS.getName()
            + " IN ("
            + statuses.stream().map(s -> literal(s.name())).collect(Collectors.joining(","))
            + ")";
    return startedBefore == null
        ? query
        : query + " AND StartTime < " + literal(startedBefore.toString());
  }

  private static String literal(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  /**
   * The order an execution stands for, read from its search attributes and memo; its status is
   * {@link OrderSnapshot.Ended#STATUS} when the run ended outside the saga, whatever status it had
   * published last.
   */
  static OrderSummary summary(WorkflowExecutionMetadata execution) {
    var attributes = execution.getTypedSearchAttributes();
    return new OrderSummary(
        orderIdOf(execution.getExecution().getWorkflowId()),
        endedOutsideTheSaga(execution.getStatus())
            ? OrderSnapshot.Ended.STATUS
            : attributes.get(OrderSearchAttributes.ORDER_STATUS),
        attributes.get(OrderSearchAttributes.CUSTOMER_ID),
        memo(execution, MEMO_TOTAL),
        memo(execution, MEMO_CURRENCY),
        executionStatus(execution.getStatus()),
        execution.getStartTime(),
        execution.getCloseTime());
  }

  private static String orderIdOf(String workflowId) {
    try {
      return OrderIds.orderIdOf(workflowId);
    } catch (IllegalArgumentException notAnOrder) {
      return workflowId;
    }
  }

  static String memo(WorkflowExecutionMetadata execution, String key) {
    return execution.getMemo(key, String.class, String.class);
  }

  /** Terminated, timed out, failed or cancelled in Temporal: the saga did not return. */
  static boolean endedOutsideTheSaga(WorkflowExecutionStatus status) {
    return switch (status) {
      case WORKFLOW_EXECUTION_STATUS_TERMINATED,
          WORKFLOW_EXECUTION_STATUS_TIMED_OUT,
          WORKFLOW_EXECUTION_STATUS_FAILED,
          WORKFLOW_EXECUTION_STATUS_CANCELED ->
          true;
      default -> false;
    };
  }

  private static String executionStatus(WorkflowExecutionStatus status) {
    String name = status.name();
    return name.startsWith(STATUS_PREFIX) ? name.substring(STATUS_PREFIX.length()) : name;
  }
}
