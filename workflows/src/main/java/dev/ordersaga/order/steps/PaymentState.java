package dev.ordersaga.order.steps;

/** A payment as the provider reports it. */
public enum PaymentState {
  PENDING,
  SUCCEEDED,
  DECLINED;

  public boolean isSettled() {
    return this != PENDING;
  }
}
