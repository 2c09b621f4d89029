package dev.ordersaga.order;

import dev.ordersaga.order.steps.ShipmentCreated;
import dev.ordersaga.order.steps.ShippingActivities;
import dev.ordersaga.order.steps.StepCommand;
import io.temporal.workflow.Workflow;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;

/**
 * What the runs before this one did, for a run an operator reset (its run id is not the first
 * run's): its own ledger starts empty, so the pivot is learnt from the carrier, and an undo covers
 * every compensatable step an earlier run may have done.
 */
final class EarlierRuns {
  private static final Logger log = Workflow.getLogger(EarlierRuns.class);

  private final String orderId;
  private String shipmentId;

  EarlierRuns(String orderId) {
    this.orderId = orderId;
  }

  /**
   * The steps a reset run undoes for its earlier runs: the compensatable ones, in flow order (the
   * pivot is never undone for another run).
   */
  static final List<Step> UNDONE_FOR_EARLIER_RUNS =
      Arrays.stream(Step.values()).filter(step -> step.kind() == StepKind.COMPENSATABLE).toList();

  /**
   * In a reset run, registers the undo of every compensatable step this run has not registered: an
   * earlier run may have done it (a cancel re-applied at the reset point comes before any step).
   * Each undo is safe when its step never happened.
   */
  static void coverTheirUndos(Compensations compensations) {
    if (isResetRun()) {
      compensations.coverSteps(UNDONE_FOR_EARLIER_RUNS);
    }
  }

  /** Whether an operator reset this order: this run is not the first one. */
  static boolean isResetRun() {
    return !Workflow.getInfo().getRunId().equals(Workflow.getInfo().getFirstExecutionRunId());
  }

  /**
   * The shipment an earlier run created, or null. Asks the carrier ({@code Shipping.find}) only in
   * a reset run that has not created or looked up the shipment itself; the answer is kept.
   *
   * @param shippedHere whether this run created the shipment
   */
  String shipment(boolean shippedHere) {
    if (shipmentId != null || shippedHere || !isResetRun()) {
      return shipmentId;
    }
    ShipmentCreated earlier =
        ActivityStubs.lookup(ShippingActivities.class, Step.CREATE_SHIPMENT)
            .find(new StepCommand(orderId, Step.CREATE_SHIPMENT.idempotencyKey(orderId)));
    if (earlier != null) {
      shipmentId = earlier.shipmentId();
      log.info("order {}: shipped by an earlier run ({}); cancel refused", orderId, shipmentId);
    }
    return shipmentId;
  }

  /** Whether a shipment by an earlier run is known (without asking anyone). */
  boolean shippedKnown() {
    return shipmentId != null;
  }

  /** Why a cancel is refused once an earlier run shipped. */
  String alreadyShipped() {
    return "order "
        + orderId
        + " can no longer be cancelled: it was already shipped (shipment "
        + shipmentId
        + ", created before an operator reset it)";
  }
}
