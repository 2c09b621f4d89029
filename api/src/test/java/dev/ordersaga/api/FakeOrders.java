package dev.ordersaga.api;

import dev.ordersaga.api.orders.OrderFilter;
import dev.ordersaga.api.orders.OrderPage;
import dev.ordersaga.api.orders.OrderSnapshot;
import dev.ordersaga.api.orders.Orders;
import dev.ordersaga.api.orders.Submission;
import dev.ordersaga.order.OrderLedger;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.PaymentNotice;
import dev.ordersaga.order.ReviewDecision;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

/** An {@link Orders} whose answers a test scripts and whose calls it inspects. */
public final class FakeOrders implements Orders {
  public final List<OrderRequest> submitted = new CopyOnWriteArrayList<>();
  public final List<OrderFilter> listed = new CopyOnWriteArrayList<>();
  public final List<String> cancelled = new CopyOnWriteArrayList<>();
  public final List<ReviewDecision> reviewed = new CopyOnWriteArrayList<>();
  public final List<PaymentNotice> notices = new CopyOnWriteArrayList<>();

  public Function<OrderRequest, Submission> onSubmit = o -> new Submission(o.orderId(), true);
  public Function<String, Optional<OrderSnapshot>> onFind = id -> Optional.empty();
  public Supplier<OrderPage> onList = () -> new OrderPage(List.of(), null);
  public Function<String, OrderLedger> onCancel = id -> Ledgers.pending(id);
  public Function<String, OrderLedger> onRetry = id -> Ledgers.pending(id);
  public Function<String, OrderLedger> onReview = id -> Ledgers.pending(id);
  public Function<String, Boolean> onNotify = id -> true;

  @Override
  public Submission submit(OrderRequest order, String fingerprint) {
    Submission submission = onSubmit.apply(order);
    if (submission.started()) {
      submitted.add(order);
    }
    return submission;
  }

  @Override
  public Optional<OrderSnapshot> find(String orderId) {
    return onFind.apply(orderId);
  }

  @Override
  public OrderPage list(OrderFilter filter) {
    listed.add(filter);
    return onList.get();
  }

  @Override
  public OrderLedger cancel(String orderId, String reason) {
    OrderLedger ledger = onCancel.apply(orderId);
    cancelled.add(orderId + ":" + reason);
    return ledger;
  }

  @Override
  public OrderLedger retryCompensation(String orderId) {
    return onRetry.apply(orderId);
  }

  @Override
  public OrderLedger review(String orderId, ReviewDecision decision) {
    OrderLedger ledger = onReview.apply(orderId);
    reviewed.add(decision);
    return ledger;
  }

  @Override
  public boolean notifyPayment(String orderId, PaymentNotice notice) {
    boolean known = onNotify.apply(orderId);
    if (known) {
      notices.add(notice);
    }
    return known;
  }
}
