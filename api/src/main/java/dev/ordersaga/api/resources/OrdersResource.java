package dev.ordersaga.api.resources;

import dev.ordersaga.api.auth.Role;
import dev.ordersaga.api.backpressure.Admission;
import dev.ordersaga.api.backpressure.Backpressure;
import dev.ordersaga.api.errors.ApiProblem;
import dev.ordersaga.api.limits.OrderLimits;
import dev.ordersaga.api.metrics.OrderMetrics;
import dev.ordersaga.api.orders.Fingerprints;
import dev.ordersaga.api.orders.OrderFilter;
import dev.ordersaga.api.orders.OrderSnapshot;
import dev.ordersaga.api.orders.Orders;
import dev.ordersaga.api.orders.Submission;
import dev.ordersaga.api.representations.CancelOrder;
import dev.ordersaga.api.representations.OrderAccepted;
import dev.ordersaga.api.representations.OrderList;
import dev.ordersaga.api.representations.OrderView;
import dev.ordersaga.api.representations.ReviewOrder;
import dev.ordersaga.api.representations.SubmitOrder;
import dev.ordersaga.order.OrderIds;
import dev.ordersaga.order.OrderLedger;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.OrderStatus;
import dev.ordersaga.telemetry.logging.LogContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Orders: submit (202 at once, the workflow does the rest), follow, list, cancel, and the
 * operators' retry of a parked compensation and review of a held order. Talks to Temporal only
 * through {@link Orders}.
 */
@Path("/orders")
@Produces(MediaType.APPLICATION_JSON)
public final class OrdersResource {
  /** Header of a response that replays an earlier submit with the same Idempotency-Key. */
  public static final String REPLAYED = "Idempotent-Replayed";

  private static final Logger log = LoggerFactory.getLogger(OrdersResource.class);
  private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private static final java.util.regex.Pattern KEY =
      java.util.regex.Pattern.compile("[\\x21-\\x7e]{1,255}");
  private static final int DEFAULT_LIMIT = 20;
  private static final int MAX_LIMIT = 100;

  private final Orders orders;
  private final Backpressure backpressure;
  private final OrderMetrics metrics;
  private final Duration pollAfter;
  private final OrderLimits limits;
  private final boolean requireIdempotencyKey;

  /**
   * @param pollAfter the {@code Retry-After} of a 202: when to look at the order first
   * @param limits what an order may be, beyond its body's own rules
   * @param requireIdempotencyKey whether a submit without an {@code Idempotency-Key} is refused
   */
  public OrdersResource(
      Orders orders,
      Backpressure backpressure,
      OrderMetrics metrics,
      Duration pollAfter,
      OrderLimits limits,
      boolean requireIdempotencyKey) {
    this.orders = orders;
    this.limits = limits;
    this.backpressure = backpressure;
    this.metrics = metrics;
    this.pollAfter = pollAfter;
    this.requireIdempotencyKey = requireIdempotencyKey;
  }

  /**
   * Starts the order's workflow and answers 202. With an {@code Idempotency-Key} the order id
   * derives from the caller and the key: the same key and body replay the first answer and start
   * nothing; the same key with another body is a 422. Another caller's key never names this
   * caller's order. A start Temporal may have received without confirming it is a 503 that says so
   * and how to retry without placing the order twice.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.SERVICE)
  public Response submit(
      @Context SecurityContext security,
      @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
      @NotNull @Valid SubmitOrder body) {
    if (idempotencyKey == null && requireIdempotencyKey) {
      throw ApiProblem.invalid(
          IDEMPOTENCY_KEY, "NotNull", "is required: a retry with the same key places one order");
    }
    if (idempotencyKey != null && !KEY.matcher(idempotencyKey).matches()) {
      throw ApiProblem.invalid(
          IDEMPOTENCY_KEY, "Pattern", "must be 1-255 visible ASCII characters");
    }
    limits.check(body);
    Admission admission = backpressure.admission();
    if (!admission.admitted()) {
      metrics.refusedByBackpressure();
      throw ApiProblem.tooManyOrders(
          "The "
              + admission.queue()
              + " queue has "
              + admission.backlog()
              + " tasks waiting; retry later.",
          admission.retryAfter());
    }
    String orderId =
        idempotencyKey == null
            ? Fingerprints.newOrderId()
            : Fingerprints.orderIdFor(security.getUserPrincipal().getName(), idempotencyKey);
    OrderRequest order = body.toOrder(orderId);
    try (LogContext ignored = OrderLogging.open(orderId)) {
      Submission submission = start(order, idempotencyKey != null);
      if (submission.started()) {
        metrics.admitted();
        log.info("order {} started", orderId);
      } else {
        metrics.replayed();
      }
      Response.ResponseBuilder response =
          Response.accepted(
                  OrderAccepted.pending(orderId, order.total().toPlainString(), order.currency()))
              .location(URI.create("/orders/" + orderId))
              .header(HttpHeaders.RETRY_AFTER, pollAfter.toSeconds());
      return submission.started() ? response.build() : response.header(REPLAYED, "true").build();
    }
  }

  private Submission start(OrderRequest order, boolean keyed) {
    try {
      return orders.submit(order, Fingerprints.of(order));
    } catch (ApiProblem unknown) {
      if (!unknown.isOutcomeUnknown()) {
        throw unknown;
      }
      String orderId = order.orderId();
      String advice =
          keyed
              ? "Retry with the same Idempotency-Key: it places the order at most once."
              : "GET /orders/"
                  + orderId
                  + " tells whether it was; a retry without an Idempotency-Key places another"
                  + " order, so send one.";
      throw ApiProblem.outcomeUnknown(
          "The order engine did not confirm the start of order "
              + orderId
              + " in time: it may have been placed. "
              + advice,
          unknown);
    }
  }

  /**
   * The order's ledger; {@code "stale": true} when no worker answered in time and visibility
   * answered instead; status {@code TERMINATED} with what happened when its run was ended outside
   * the saga.
   */
  @GET
  @Path("/{orderId}")
  @RolesAllowed(Role.Names.SERVICE)
  public OrderView get(@PathParam("orderId") String orderId) {
    OrderSnapshot snapshot =
        orders
            .find(requireKnownShape(orderId))
            .orElseThrow(() -> ApiProblem.orderNotFound(orderId));
    return switch (snapshot) {
      case OrderSnapshot.Live live -> OrderView.of(live.ledger());
      case OrderSnapshot.Visible visible -> OrderView.stale(visible.summary());
      case OrderSnapshot.Ended ended -> OrderView.ended(ended.summary(), ended.reason());
    };
  }

  /** A page of orders from visibility, filtered by status and customer, newest first. */
  @GET
  @RolesAllowed(Role.Names.SERVICE)
  public OrderList list(
      @QueryParam("status") String status,
      @QueryParam("customerId") String customerId,
      @QueryParam("limit") String limit,
      @QueryParam("pageToken") String pageToken) {
    return OrderList.of(orders.list(filter(status, customerId, limit, pageToken)));
  }

  /**
   * Asks the workflow to cancel: 202 with the ledger when accepted, and the same for a repeat of an
   * accepted cancel (while the order is undone, and once it is CANCELLED); 409 with the reason when
   * the order cannot be cancelled.
   */
  @POST
  @Path("/{orderId}/cancel")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.SERVICE)
  public Response cancel(@PathParam("orderId") String orderId, @NotNull @Valid CancelOrder body) {
    return accepted(orderId, "cancel", id -> orders.cancel(id, body.reason()));
  }

  /** Operators only: retries the undo that parked the order in COMPENSATION_FAILED. */
  @POST
  @Path("/{orderId}/retry-compensation")
  @RolesAllowed(Role.Names.OPERATOR)
  public Response retryCompensation(@PathParam("orderId") String orderId) {
    return accepted(orderId, "compensation retry", orders::retryCompensation);
  }

  /**
   * Operators only: approves or declines an order the fraud check holds in IN_REVIEW. 202 with the
   * ledger when the decision is accepted (payment, or the undo, runs afterwards); 409 with the
   * reason when the order is not in IN_REVIEW.
   */
  @POST
  @Path("/{orderId}/review")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.Names.OPERATOR)
  public Response review(@PathParam("orderId") String orderId, @NotNull @Valid ReviewOrder body) {
    return accepted(
        orderId, "review (" + body.decision() + ")", id -> orders.review(id, body.toDecision()));
  }

  /**
   * Asks an order for a change and answers 202 with the ledger it answered.
   *
   * @param change what is asked, as the log names it, e.g. "cancel"
   * @param send asks the order of that (valid) id
   */
  private static Response accepted(
      String orderId, String change, Function<String, OrderLedger> send) {
    try (LogContext ignored = OrderLogging.open(orderId)) {
      OrderLedger ledger = send.apply(requireKnownShape(orderId));
      log.info("order {} {} accepted", orderId, change);
      return Response.accepted(OrderView.of(ledger)).build();
    }
  }

  /** An id that cannot be an order id names no order: 404, without asking Temporal. */
  private static String requireKnownShape(String orderId) {
    if (!OrderIds.isValid(orderId)) {
      throw ApiProblem.orderNotFound(orderId);
    }
    return orderId;
  }

  static OrderFilter filter(String status, String customerId, String limit, String pageToken) {
    return new OrderFilter(
        Optional.ofNullable(status).map(OrdersResource::status),
        Optional.ofNullable(customerId).map(OrdersResource::customerId),
        limit == null ? DEFAULT_LIMIT : limit(limit),
        Optional.ofNullable(pageToken).map(OrdersResource::pageToken));
  }

  /**
   * A status the {@code OrderStatus} search attribute can take ({@link OrderStatus#PUBLISHED}); a
   * passing status is refused with the one its orders are listed under.
   */
  private static OrderStatus status(String value) {
    Optional<OrderStatus> known =
        Arrays.stream(OrderStatus.values()).filter(s -> s.name().equals(value)).findFirst();
    if (known.isPresent() && OrderStatus.PUBLISHED.contains(known.get())) {
      return known.get();
    }
    throw ApiProblem.invalid(
        "status",
        "OneOf",
        "must be one of "
            + OrderStatus.PUBLISHED
            + known
                .map(s -> " (orders " + value + " are listed as " + s.published() + ")")
                .orElse(""));
  }

  private static String customerId(String value) {
    if (!value.matches(SubmitOrder.CUSTOMER_ID)) {
      throw ApiProblem.invalid(
          "customerId", "Pattern", "must be 1-64 letters, digits or . _ : @ -");
    }
    return value;
  }

  private static int limit(String value) {
    try {
      int limit = Integer.parseInt(value);
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      log.debug("limit {} is not a number", value);
    }
    throw ApiProblem.invalid("limit", "Range", "must be a whole number from 1 to " + MAX_LIMIT);
  }

  private static String pageToken(String value) {
    try {
      Base64.getUrlDecoder().decode(value);
      return value;
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalid("pageToken", "Format", "must be a token from a previous page");
    }
  }
}
