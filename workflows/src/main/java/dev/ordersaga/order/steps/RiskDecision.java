package dev.ordersaga.order.steps;

/** What the risk provider decided about an order. */
public enum RiskDecision {
  /** The order goes on to payment. */
  APPROVE,
  /** The order is held in IN_REVIEW until an operator approves or declines it. */
  REVIEW,
  /** The order is undone and ends FAILED ({@code FraudDeclined}). */
  DECLINE
}
