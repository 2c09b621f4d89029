package dev.ordersaga.order;

import static dev.ordersaga.order.Step.SCREEN_FRAUD;

import dev.ordersaga.order.steps.RiskActivities;
import dev.ordersaga.order.steps.RiskCommand;
import dev.ordersaga.order.steps.RiskVerdict;
import dev.ordersaga.telemetry.metrics.MetricNames;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import org.slf4j.Logger;

/**
 * The fraud check: the risk provider's verdict, and the operator's when it asks for a review. An
 * approved order goes on to payment; a declined one fails with {@code FraudDeclined}, undone like
 * any order stopped before the pivot. An order under review rests in IN_REVIEW (a visible status, a
 * search attribute value, counted in {@link MetricNames#ORDERS_REVIEW_HELD}) until the {@code
 * review} Update, or a cancel, ends the wait.
 */
final class FraudScreen {
  private static final Logger log = Workflow.getLogger(FraudScreen.class);

  private final RiskActivities risk = ActivityStubs.forward(RiskActivities.class, SCREEN_FRAUD);
  private final OrderRun run;
  private ReviewDecision decision;

  FraudScreen(OrderRun run) {
    this.run = run;
  }

  /**
   * Screens the order, waiting for an operator when the provider asks for a review.
   *
   * @throws ApplicationFailure type {@code FraudDeclined}, recorded on the step, when the provider
   *     or the operator declines the order
   */
  void screen(OrderRequest order) {
    RiskCommand command = RiskCommand.of(order, SCREEN_FRAUD.idempotencyKey(run.orderId()));
    RiskVerdict verdict = run.steps().call(SCREEN_FRAUD, () -> risk.assess(command));
    switch (verdict.decision()) {
      case APPROVE -> log.info("order {}: fraud check approved", run.orderId());
      case DECLINE -> throw declined("declined by the risk provider: " + verdict.reason());
      case REVIEW -> awaitReview(verdict);
    }
  }

  /** An operator's decision on the order held in IN_REVIEW (the validator has checked it is). */
  void decide(ReviewDecision operatorDecision) {
    decision = operatorDecision;
  }

  private void awaitReview(RiskVerdict verdict) {
    run.progress().set(OrderStatus.IN_REVIEW, "fraud check asks for a review: " + verdict.reason());
    Workflow.getMetricsScope().counter(MetricNames.ORDERS_REVIEW_HELD).inc(1);
    Workflow.await(() -> decision != null);
    if (!decision.approve()) {
      throw declined("declined in review: " + decision.reason());
    }
    log.info("order {}: approved in review ({})", run.orderId(), decision.reason());
    run.progress().set(OrderStatus.INVENTORY_RESERVED, null);
  }

  private ApplicationFailure declined(String why) {
    ApplicationFailure declined =
        ApplicationFailure.newNonRetryableFailure(
            "order " + run.orderId() + " " + why, OrderFailureTypes.FRAUD_DECLINED);
    run.ledger().failed(SCREEN_FRAUD, Failures.describe(declined));
    return declined;
  }
}
