package dev.ordersaga.order;

import dev.ordersaga.order.steps.ActivityTypes;
import dev.ordersaga.order.steps.InventoryActivities;
import dev.ordersaga.order.steps.MerchantNotice;
import dev.ordersaga.order.steps.NotificationActivities;
import dev.ordersaga.order.steps.OpenRecordCommand;
import dev.ordersaga.order.steps.OrderRecordActivities;
import dev.ordersaga.order.steps.PaymentActivities;
import dev.ordersaga.order.steps.PaymentCommand;
import dev.ordersaga.order.steps.PaymentQuery;
import dev.ordersaga.order.steps.PaymentRequested;
import dev.ordersaga.order.steps.PaymentSnapshot;
import dev.ordersaga.order.steps.PaymentState;
import dev.ordersaga.order.steps.PaymentStatusActivities;
import dev.ordersaga.order.steps.ReserveStockCommand;
import dev.ordersaga.order.steps.RiskActivities;
import dev.ordersaga.order.steps.RiskCommand;
import dev.ordersaga.order.steps.RiskDecision;
import dev.ordersaga.order.steps.RiskVerdict;
import dev.ordersaga.order.steps.ShipmentCommand;
import dev.ordersaga.order.steps.ShipmentCreated;
import dev.ordersaga.order.steps.ShippingActivities;
import dev.ordersaga.order.steps.StepCommand;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Fake downstream systems, one per activity interface, driven by a shared {@link StepScript}. A
 * payment made with token {@value #NEVER_TOKEN} never settles: its id starts with {@code never-}
 * and the long poll on it keeps answering pending, whatever the script says.
 */
public final class FakeSteps {
  /** The payment token whose payment stays pending. */
  public static final String NEVER_TOKEN = "tok_never";

  private static final String NEVER = "never-";

  private FakeSteps() {}

  /**
   * Registers, on each step queue of the registry ({@link Step}), the fakes of the activity
   * interfaces of its steps, all driven by {@code script}, except that each of {@code replacements}
   * stands in for the fakes of the interfaces it implements.
   *
   * @throws IllegalStateException naming a step whose activity interface has no fake here
   */
  public static void register(
      TestWorkflowEnvironment env, StepScript script, Object... replacements) {
    List<Object> fakes = new ArrayList<>(List.of(replacements));
    fakes.addAll(
        List.of(
            new Records(script),
            new Inventory(script),
            new Risk(script),
            new Payments(script),
            new PaymentStatus(script),
            new Shipping(script),
            new Notifications(script)));
    for (String queue : Step.taskQueues()) {
      Set<Object> onQueue = new LinkedHashSet<>();
      for (Step step : Step.on(queue)) {
        onQueue.add(
            fakes.stream()
                .filter(step.activities()::isInstance)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no fake for " + step.activities())));
      }
      env.newWorker(queue).registerActivitiesImplementations(onQueue.toArray());
    }
  }

  /** {@link #register(TestWorkflowEnvironment, StepScript)} with a script where all agree. */
  public static void register(TestWorkflowEnvironment env) {
    register(env, new StepScript(env::currentTimeMillis));
  }

  public record Records(StepScript script) implements OrderRecordActivities {
    @Override
    public void open(OpenRecordCommand command) {
      script.enter(ActivityTypes.OPEN_RECORD, command.idempotencyKey());
    }

    @Override
    public void complete(StepCommand command) {
      script.enter(ActivityTypes.COMPLETE_RECORD, command.idempotencyKey());
    }

    @Override
    public void cancel(StepCommand command) {
      script.enter(ActivityTypes.CANCEL_RECORD, command.idempotencyKey());
    }
  }

  public record Inventory(StepScript script) implements InventoryActivities {
    @Override
    public void reserve(ReserveStockCommand command) {
      script.enter(ActivityTypes.RESERVE_STOCK, command.idempotencyKey());
    }

    @Override
    public void release(StepCommand command) {
      script.enter(ActivityTypes.RELEASE_STOCK, command.idempotencyKey());
    }

    @Override
    public void commit(StepCommand command) {
      script.enter(ActivityTypes.COMMIT_STOCK, command.idempotencyKey());
    }

    @Override
    public void restock(StepCommand command) {
      script.enter(ActivityTypes.RESTOCK, command.idempotencyKey());
    }
  }

  /** Answers what the script's risk decision says, with a reason to read on the ledger. */
  public record Risk(StepScript script) implements RiskActivities {
    @Override
    public RiskVerdict assess(RiskCommand command) {
      script.enter(ActivityTypes.ASSESS_RISK, command.idempotencyKey());
      RiskDecision decision = script.riskDecision();
      return new RiskVerdict("risk-" + command.orderId(), decision, "scripted " + decision);
    }
  }

  public record Payments(StepScript script) implements PaymentActivities {
    @Override
    public PaymentRequested request(PaymentCommand command) {
      script.enter(ActivityTypes.REQUEST_PAYMENT, command.idempotencyKey());
      String prefix = command.token().equals(NEVER_TOKEN) ? NEVER : "pay-";
      return new PaymentRequested(prefix + command.orderId());
    }

    @Override
    public void refund(StepCommand command) {
      script.enter(ActivityTypes.REFUND_PAYMENT, command.idempotencyKey());
    }
  }

  /** The long poll answers PENDING with a retryable failure, so retries (time-skipped) poll. */
  public record PaymentStatus(StepScript script) implements PaymentStatusActivities {
    @Override
    public PaymentSnapshot await(PaymentQuery query) {
      script.enter(ActivityTypes.AWAIT_PAYMENT, null);
      PaymentState state =
          query.paymentId().startsWith(NEVER) ? PaymentState.PENDING : script.pollResult();
      if (!state.isSettled()) {
        throw ApplicationFailure.newFailure("payment still pending", "PaymentPending");
      }
      return new PaymentSnapshot(query.paymentId(), state, reasonFor(state));
    }

    @Override
    public PaymentSnapshot check(PaymentQuery query) {
      script.enter(ActivityTypes.CHECK_PAYMENT, null);
      PaymentState state = script.checkResult();
      return new PaymentSnapshot(query.paymentId(), state, reasonFor(state));
    }

    private static String reasonFor(PaymentState state) {
      return state == PaymentState.DECLINED ? "card declined" : null;
    }
  }

  public record Shipping(StepScript script) implements ShippingActivities {
    @Override
    public ShipmentCreated find(StepCommand command) {
      script.enter(ActivityTypes.FIND_SHIPMENT, command.idempotencyKey());
      return null;
    }

    @Override
    public ShipmentCreated create(ShipmentCommand command) {
      script.enter(ActivityTypes.CREATE_SHIPMENT, command.idempotencyKey());
      return new ShipmentCreated("shp-" + command.orderId());
    }

    @Override
    public void cancel(StepCommand command) {
      script.enter(ActivityTypes.CANCEL_SHIPMENT, command.idempotencyKey());
    }
  }

  public record Notifications(StepScript script) implements NotificationActivities {
    @Override
    public void notifyMerchant(MerchantNotice notice) {
      script.enter(ActivityTypes.NOTIFY_MERCHANT, notice.idempotencyKey());
    }
  }
}
