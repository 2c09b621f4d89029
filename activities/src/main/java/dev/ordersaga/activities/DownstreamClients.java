package dev.ordersaga.activities;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordersaga.activities.http.DownstreamHttp;
import dev.ordersaga.activities.http.FailureClassifier;
import dev.ordersaga.activities.http.HttpTimeouts;
import dev.ordersaga.activities.http.JsonMapper;
import dev.ordersaga.activities.http.TracedCalls;
import dev.ordersaga.activities.inventory.InventoryClient;
import dev.ordersaga.activities.notifications.NotificationsClient;
import dev.ordersaga.activities.payments.PaymentPoller;
import dev.ordersaga.activities.payments.PaymentStatusClient;
import dev.ordersaga.activities.payments.PaymentStatusSource;
import dev.ordersaga.activities.payments.PaymentsClient;
import dev.ordersaga.activities.records.OrderRecordsClient;
import dev.ordersaga.activities.risk.RiskClient;
import dev.ordersaga.activities.shipping.ShippingClient;
import dev.ordersaga.order.steps.InventoryActivities;
import dev.ordersaga.order.steps.NotificationActivities;
import dev.ordersaga.order.steps.OrderRecordActivities;
import dev.ordersaga.order.steps.PaymentActivities;
import dev.ordersaga.order.steps.PaymentStatusActivities;
import dev.ordersaga.order.steps.RiskActivities;
import dev.ordersaga.order.steps.ShippingActivities;
import io.opentelemetry.api.OpenTelemetry;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The activity implementations the worker registers, one per downstream system. They share one
 * {@link OkHttpClient} (one connection pool) and one {@link ObjectMapper}; {@link #close()}
 * releases them once the worker has stopped. Each call inside an activity attempt's span is a span
 * of its own ({@link TracedCalls}).
 */
public final class DownstreamClients implements AutoCloseable {
  private static final int MAX_IDLE_CONNECTIONS = 64;

  private final OkHttpClient client;
  private final OrderRecordsClient orderRecords;
  private final InventoryClient inventory;
  private final RiskClient risk;
  private final PaymentsClient payments;
  private final PaymentPoller paymentPoller;
  private final PaymentStatusClient paymentStatus;
  private final ShippingClient shipping;
  private final NotificationsClient notifications;

  /** Clients whose calls are not traced. */
  public DownstreamClients(DownstreamConfig config) {
    this(config, OpenTelemetry.noop());
  }

  public DownstreamClients(DownstreamConfig config, OpenTelemetry openTelemetry) {
    this.client = httpClient(config.timeouts());
    Call.Factory calls = TracedCalls.of(client, openTelemetry);
    ObjectMapper json = JsonMapper.create();
    FailureClassifier classifier = new FailureClassifier(json, Clock.systemUTC());
    Endpoints endpoints = config.endpoints();
    this.orderRecords = new OrderRecordsClient(http(calls, json, classifier, endpoints.records()));
    this.inventory = new InventoryClient(http(calls, json, classifier, endpoints.inventory()));
    this.risk = new RiskClient(http(calls, json, classifier, endpoints.risk()));
    DownstreamHttp paymentsHttp = http(calls, json, classifier, endpoints.payments());
    this.payments = new PaymentsClient(paymentsHttp);
    this.paymentPoller =
        new PaymentPoller(
            config.paymentWait().batchStatus()
                ? PaymentStatusSource.batch(paymentsHttp)
                : PaymentStatusSource.single(paymentsHttp),
            config.paymentWait());
    this.paymentStatus = new PaymentStatusClient(paymentsHttp, paymentPoller);
    this.shipping = new ShippingClient(http(calls, json, classifier, endpoints.shipping()));
    this.notifications =
        new NotificationsClient(http(calls, json, classifier, endpoints.notifications()));
  }

  /**
   * The client implementing {@code activities}, an activity interface of the step registry ({@code
   * Step#activities()}).
   *
   * @throws IllegalStateException when no client implements it
   */
  public Object implementing(Class<?> activities) {
    return Stream.of(
            orderRecords, inventory, risk, payments, paymentStatus, shipping, notifications)
        .filter(activities::isInstance)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no client implements " + activities));
  }

  /** For the {@code order-records} queue. */
  public OrderRecordActivities orderRecords() {
    return orderRecords;
  }

  /** For the {@code inventory} queue. */
  public InventoryActivities inventory() {
    return inventory;
  }

  /** For the {@code risk} queue. */
  public RiskActivities risk() {
    return risk;
  }

  /** For the {@code payments} queue. */
  public PaymentActivities payments() {
    return payments;
  }

  /**
   * For the {@code payment-status} queue; its {@code await} hands waiting payments to {@link
   * #paymentPoller()}, which the worker starts with its completion client.
   */
  public PaymentStatusActivities paymentStatus() {
    return paymentStatus;
  }

  /** The poller that holds this worker's waiting payments. */
  public PaymentPoller paymentPoller() {
    return paymentPoller;
  }

  /** For the {@code shipping} queue. */
  public ShippingActivities shipping() {
    return shipping;
  }

  /** For the {@code notifications} queue. */
  public NotificationActivities notifications() {
    return notifications;
  }

  /**
   * Stops the payment poller (handing its payments on), then the HTTP dispatcher, and closes pooled
   * connections; calls in flight may fail.
   */
  @Override
  public void close() {
    paymentPoller.close();
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }

  private static OkHttpClient httpClient(HttpTimeouts timeouts) {
    return new OkHttpClient.Builder()
        .connectTimeout(timeouts.connect())
        .readTimeout(timeouts.read())
        .writeTimeout(timeouts.read())
        .callTimeout(timeouts.call())
        .followRedirects(false)
        .connectionPool(new ConnectionPool(MAX_IDLE_CONNECTIONS, 5, TimeUnit.MINUTES))
        .build();
  }

  private static DownstreamHttp http(
      Call.Factory calls, ObjectMapper json, FailureClassifier classifier, URI baseUrl) {
    return new DownstreamHttp(calls, json, classifier, HttpUrl.get(baseUrl.toString()));
  }
}
