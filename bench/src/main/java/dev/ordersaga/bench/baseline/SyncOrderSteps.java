package dev.ordersaga.bench.baseline;

import static dev.ordersaga.order.Step.AWAIT_PAYMENT;
import static dev.ordersaga.order.Step.SCREEN_FRAUD;

import dev.ordersaga.activities.DownstreamClients;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.Step;
import dev.ordersaga.order.steps.MerchantNotice;
import dev.ordersaga.order.steps.OpenRecordCommand;
import dev.ordersaga.order.steps.PaymentCommand;
import dev.ordersaga.order.steps.PaymentQuery;
import dev.ordersaga.order.steps.PaymentSnapshot;
import dev.ordersaga.order.steps.ReserveStockCommand;
import dev.ordersaga.order.steps.RiskCommand;
import dev.ordersaga.order.steps.RiskVerdict;
import dev.ordersaga.order.steps.ShipmentCommand;
import dev.ordersaga.order.steps.StepCommand;
import dev.ordersaga.order.steps.StockLine;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.List;

/**
 * Every step of the registry ({@link Step}), in its order, as one synchronous chain through the
 * workers' own adapters ({@link DownstreamClients}): the same URLs, bodies and {@code
 * Idempotency-Key: {orderId}:{step}} ({@link Step#idempotencyKey}) as the saga. The fraud check
 * goes on only on an approval; the payment is read with {@code PaymentStatus.check} every poll
 * interval until it settles. The happy path only: a call is not retried, the first failure ends the
 * chain and nothing is undone.
 *
 * @param pollInterval the wait between two reads of a pending payment, the first read at once
 * @param paymentWindow how long the payment may stay pending before the chain gives up
 */
public record SyncOrderSteps(
    DownstreamClients clients, Duration pollInterval, Duration paymentWindow) {

  /**
   * Runs every step of {@code order} and answers when the order is complete.
   *
   * @throws SyncStepFailedException naming the step that failed, a fraud check that did not
   *     approve, or a payment that did not succeed
   */
  public SyncOrderResult place(OrderRequest order) throws InterruptedException {
    long started = System.nanoTime();
    Chain chain = new Chain(order);
    for (Step step : Step.values()) {
      try {
        call(step, chain).run();
      } catch (ApplicationFailure failure) {
        throw new SyncStepFailedException(
            step.key(), failure.getType() + ": " + failure.getOriginalMessage());
      }
    }
    return new SyncOrderResult(
        order.orderId(),
        "COMPLETED",
        chain.paymentId,
        chain.shipmentId,
        (System.nanoTime() - started) / 1_000_000);
  }

  /**
   * The downstream call of {@code step}: a case for every step, so a step the chain does not call
   * does not compile.
   */
  private StepCall call(Step step, Chain chain) {
    OrderRequest order = chain.order;
    String id = order.orderId();
    String key = step.idempotencyKey(id);
    return switch (step) {
      case OPEN_RECORD -> () -> clients.orderRecords().open(OpenRecordCommand.of(order, key));
      case RESERVE_STOCK ->
          () -> clients.inventory().reserve(new ReserveStockCommand(id, key, chain.lines));
      case SCREEN_FRAUD -> () -> screen(RiskCommand.of(order, key));
      case REQUEST_PAYMENT ->
          () ->
              chain.paymentId =
                  clients
                      .payments()
                      .request(
                          new PaymentCommand(
                              id, key, order.total(), order.currency(), order.payment().token()))
                      .paymentId();
      case AWAIT_PAYMENT -> () -> awaitPayment(new PaymentQuery(id, chain.paymentId));
      case COMMIT_STOCK -> () -> clients.inventory().commit(new StepCommand(id, key));
      case CREATE_SHIPMENT ->
          () ->
              chain.shipmentId =
                  clients
                      .shipping()
                      .create(new ShipmentCommand(id, key, order.shippingAddress(), chain.lines))
                      .shipmentId();
      case NOTIFY_MERCHANT ->
          () ->
              clients
                  .notifications()
                  .notifyMerchant(
                      new MerchantNotice(
                          id,
                          key,
                          order.customerId(),
                          order.total(),
                          order.currency(),
                          chain.shipmentId));
      case COMPLETE_RECORD -> () -> clients.orderRecords().complete(new StepCommand(id, key));
    };
  }

  private void screen(RiskCommand command) {
    RiskVerdict verdict = clients.risk().assess(command);
    switch (verdict.decision()) {
      case APPROVE -> {}
      case REVIEW, DECLINE ->
          throw new SyncStepFailedException(
              SCREEN_FRAUD.key(),
              "the risk provider answered " + verdict.decision() + ": " + verdict.reason());
    }
  }

  private void awaitPayment(PaymentQuery query) throws InterruptedException {
    long deadline = System.nanoTime() + paymentWindow.toNanos();
    while (true) {
      PaymentSnapshot snapshot = clients.paymentStatus().check(query);
      switch (snapshot.state()) {
        case SUCCEEDED -> {
          return;
        }
        case PENDING -> {
          if (System.nanoTime() > deadline) {
            throw new SyncStepFailedException(
                AWAIT_PAYMENT.key(), "still PENDING after " + paymentWindow);
          }
          Thread.sleep(pollInterval);
        }
        default ->
            throw new SyncStepFailedException(
                AWAIT_PAYMENT.key(),
                "payment "
                    + query.paymentId()
                    + " is "
                    + snapshot.state()
                    + ": "
                    + snapshot.reason());
      }
    }
  }

  /** One step's call, run when the chain reaches it. */
  @FunctionalInterface
  private interface StepCall {
    void run() throws InterruptedException;
  }

  /** What one order's chain knows: the order, its stock lines, and what earlier steps answered. */
  private static final class Chain {
    private final OrderRequest order;
    private final List<StockLine> lines;
    private String paymentId;
    private String shipmentId;

    private Chain(OrderRequest order) {
      this.order = order;
      this.lines =
          order.items().stream().map(item -> new StockLine(item.sku(), item.quantity())).toList();
    }
  }
}
