package dev.ordersaga.order;

/**
 * What a part of the saga ({@link FraudScreen}, {@link AfterPivot}) works with: the order's id, its
 * ledger, the runner of its steps and the status it shows.
 */
record OrderRun(String orderId, SagaLedger ledger, StepCalls steps, OrderProgress progress) {}
