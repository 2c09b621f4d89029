package dev.ordersaga.bench.baseline;

import static dev.ordersaga.order.Step.AWAIT_PAYMENT;
import static dev.ordersaga.order.Step.COMMIT_STOCK;
import static dev.ordersaga.order.Step.COMPLETE_RECORD;
import static dev.ordersaga.order.Step.CREATE_SHIPMENT;
import static dev.ordersaga.order.Step.NOTIFY_MERCHANT;
import static dev.ordersaga.order.Step.OPEN_RECORD;
import static dev.ordersaga.order.Step.REQUEST_PAYMENT;
import static dev.ordersaga.order.Step.RESERVE_STOCK;

import dev.ordersaga.activities.DownstreamClients;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.Step;
import dev.ordersaga.order.steps.MerchantNotice;
import dev.ordersaga.order.steps.OpenRecordCommand;
import dev.ordersaga.order.steps.PaymentCommand;
import dev.ordersaga.order.steps.PaymentQuery;
import dev.ordersaga.order.steps.PaymentSnapshot;
import dev.ordersaga.order.steps.ReserveStockCommand;
import dev.ordersaga.order.steps.ShipmentCommand;
import dev.ordersaga.order.steps.StepCommand;
import dev.ordersaga.order.steps.StockLine;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The order's eight steps as one synchronous chain through the workers' own adapters ({@link
 * DownstreamClients}): the same URLs, bodies and {@code Idempotency-Key: {orderId}:{step}} ({@link
 * Step#idempotencyKey}) as the saga. The payment is read with {@code PaymentStatus.check} every
 * poll interval until it settles. The happy path only: a call is not retried, the first failure
 * ends the chain and nothing is undone.
 */
public final class SyncOrderSteps {
  private final DownstreamClients clients;
  private final Duration pollInterval;
  private final Duration paymentWindow;

  /**
   * @param pollInterval the wait between two reads of a pending payment, the first read at once
   * @param paymentWindow how long the payment may stay pending before the chain gives up
   */
  public SyncOrderSteps(DownstreamClients clients, Duration pollInterval, Duration paymentWindow) {
    this.clients = clients;
    this.pollInterval = pollInterval;
    this.paymentWindow = paymentWindow;
  }

  /**
   * Runs every step of {@code order} and answers when the order is complete.
   *
   * @throws SyncStepFailedException naming the step that failed, or a payment that did not succeed
   */
  public SyncOrderResult place(OrderRequest order) throws InterruptedException {
    long started = System.nanoTime();
    String id = order.orderId();
    List<StockLine> lines =
        order.items().stream().map(item -> new StockLine(item.sku(), item.quantity())).toList();
    run(
        OPEN_RECORD,
        () -> clients.orderRecords().open(OpenRecordCommand.of(order, key(OPEN_RECORD, id))));
    run(
        RESERVE_STOCK,
        () ->
            clients
                .inventory()
                .reserve(new ReserveStockCommand(id, key(RESERVE_STOCK, id), lines)));
    String paymentId =
        call(
                REQUEST_PAYMENT,
                () ->
                    clients
                        .payments()
                        .request(
                            new PaymentCommand(
                                id,
                                key(REQUEST_PAYMENT, id),
                                order.total(),
                                order.currency(),
                                order.payment().token())))
            .paymentId();
    awaitPayment(new PaymentQuery(id, paymentId));
    run(COMMIT_STOCK, () -> clients.inventory().commit(new StepCommand(id, key(COMMIT_STOCK, id))));
    String shipmentId =
        call(
                CREATE_SHIPMENT,
                () ->
                    clients
                        .shipping()
                        .create(
                            new ShipmentCommand(
                                id, key(CREATE_SHIPMENT, id), order.shippingAddress(), lines)))
            .shipmentId();
    MerchantNotice notice =
        new MerchantNotice(
            id,
            key(NOTIFY_MERCHANT, id),
            order.customerId(),
            order.total(),
            order.currency(),
            shipmentId);
    run(NOTIFY_MERCHANT, () -> clients.notifications().notifyMerchant(notice));
    run(
        COMPLETE_RECORD,
        () -> clients.orderRecords().complete(new StepCommand(id, key(COMPLETE_RECORD, id))));
    return new SyncOrderResult(
        id, "COMPLETED", paymentId, shipmentId, (System.nanoTime() - started) / 1_000_000);
  }

  private void awaitPayment(PaymentQuery query) throws InterruptedException {
    long deadline = System.nanoTime() + paymentWindow.toNanos();
    while (true) {
      PaymentSnapshot snapshot = call(AWAIT_PAYMENT, () -> clients.paymentStatus().check(query));
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

  private static void run(Step step, Runnable action) {
    call(
        step,
        () -> {
          action.run();
          return null;
        });
  }

  private static <T> T call(Step step, Supplier<T> action) {
    try {
      return action.get();
    } catch (ApplicationFailure failure) {
      throw new SyncStepFailedException(
          step.key(), failure.getType() + ": " + failure.getOriginalMessage());
    }
  }

  private static String key(Step step, String orderId) {
    return step.idempotencyKey(orderId);
  }
}
