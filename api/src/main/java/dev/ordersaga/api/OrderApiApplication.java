package dev.ordersaga.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.ordersaga.api.attention.AttentionBoard;
import dev.ordersaga.api.attention.AttentionConfiguration;
import dev.ordersaga.api.attention.AttentionSource;
import dev.ordersaga.api.attention.HttpPaymentProvider;
import dev.ordersaga.api.attention.ParkedOrders;
import dev.ordersaga.api.attention.PaymentProvider;
import dev.ordersaga.api.auth.BearerAuth;
import dev.ordersaga.api.backpressure.BacklogMonitor;
import dev.ordersaga.api.errors.ErrorMappers;
import dev.ordersaga.api.errors.ProblemErrorHandler;
import dev.ordersaga.api.errors.UnknownMethodFilter;
import dev.ordersaga.api.health.TemporalHealthCheck;
import dev.ordersaga.api.limits.OrderLimits;
import dev.ordersaga.api.metrics.OrderMetrics;
import dev.ordersaga.api.orders.Orders;
import dev.ordersaga.api.resources.OpenApiResource;
import dev.ordersaga.api.resources.OperationsResource;
import dev.ordersaga.api.resources.OrdersResource;
import dev.ordersaga.api.resources.WebhooksResource;
import dev.ordersaga.api.temporal.TemporalAttention;
import dev.ordersaga.api.temporal.TemporalBacklog;
import dev.ordersaga.api.temporal.TemporalConnector;
import dev.ordersaga.api.temporal.TemporalFactory;
import dev.ordersaga.api.temporal.TemporalOrders;
import dev.ordersaga.api.webhooks.SignatureVerifier;
import dev.ordersaga.telemetry.metrics.DropwizardMetrics;
import dev.ordersaga.telemetry.metrics.ProcessMetrics;
import dev.ordersaga.telemetry.metrics.TemporalMetrics;
import dev.ordersaga.telemetry.tracing.ServerSpans;
import dev.ordersaga.telemetry.tracing.Tracing;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.opentelemetry.api.OpenTelemetry;
import io.temporal.client.WorkflowClient;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST front door: {@code java -jar order-saga-api.jar server config.yml}. It starts, follows
 * and cancels order workflows and relays payment callbacks; it never runs a step itself.
 */
public final class OrderApiApplication extends Application<OrderApiConfiguration> {
  private static final Logger log = LoggerFactory.getLogger(OrderApiApplication.class);

  private final TemporalConnector connector;

  public OrderApiApplication() {
    this(TemporalConnector.fromConfiguration());
  }

  /**
   * @param connector where the Temporal client comes from (tests pass an in-memory one)
   */
  public OrderApiApplication(TemporalConnector connector) {
    this.connector = connector;
  }

  public static void main(String[] args) throws Exception {
    new OrderApiApplication().run(args);
  }

  @Override
  public String getName() {
    return "order-saga-api";
  }

  @Override
  public void initialize(Bootstrap<OrderApiConfiguration> bootstrap) {
    bootstrap.setConfigurationSourceProvider(
        new SubstitutingSourceProvider(
            bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
    configure(bootstrap.getObjectMapper());
  }

  /**
   * Strict JSON: unknown fields, fractional quantities, null primitives and trailing tokens are
   * refused, as are numbers or booleans where text is expected; times are ISO-8601 strings.
   */
  public static ObjectMapper configure(ObjectMapper mapper) {
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return mapper
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  private static AttentionBoard attentionBoard(
      AttentionConfiguration config, AttentionSource source, Environment environment) {
    Optional<PaymentProvider> provider =
        config
            .payments()
            .map(
                url ->
                    new HttpPaymentProvider(
                        url,
                        config.getProviderDeadline().toJavaDuration(),
                        environment.getObjectMapper()));
    return new AttentionBoard(
        source,
        provider,
        config.getAttemptsWithoutProgress(),
        config.getStuckAfter().toJavaDuration(),
        config.getPaidWaitingAfter().toJavaDuration(),
        Clock.systemUTC());
  }

  @Override
  public void run(OrderApiConfiguration config, Environment environment) {
    TemporalFactory temporal = config.getTemporal();
    Duration rpcDeadline = temporal.getRpcDeadline().toJavaDuration();
    ProcessMetrics metrics = ProcessMetrics.create();
    DropwizardMetrics.serve(metrics, environment);
    OpenTelemetry tracing = Tracing.open(getName(), System.getenv());
    WorkflowClient client =
        connector.connect(
            temporal, environment.lifecycle(), TemporalMetrics.scope(metrics.registry()), tracing);
    Orders orders =
        new TemporalOrders(client, temporal.getQueryDeadline().toJavaDuration(), rpcDeadline);
    BacklogMonitor backlog =
        new BacklogMonitor(
            new TemporalBacklog(client, rpcDeadline),
            config.getBackpressure(),
            environment.lifecycle().scheduledExecutorService("backlog-monitor").threads(1).build());
    if (config.getServerFactory() instanceof DefaultServerFactory server) {
      server.setRegisterDefaultExceptionMappers(false);
    }
    if (config.isDev()) {
      log.warn("the dev switch is on (ORDER_SAGA_DEV): the published dev secrets are accepted");
    }

    environment.lifecycle().manage(backlog);
    environment.jersey().register(new ServerSpans(tracing));
    ErrorMappers.providers(config.getMaxRequestBody().toBytes(), rpcDeadline)
        .forEach(environment.jersey()::register);
    BearerAuth.providers(config.getAuth()).forEach(environment.jersey()::register);
    environment
        .jersey()
        .register(
            new OrdersResource(
                orders,
                backlog,
                new OrderMetrics(metrics.registry()),
                config.getPollAfter().toJavaDuration(),
                new OrderLimits(config.getLimits()),
                config.isRequireIdempotencyKey()));
    environment
        .jersey()
        .register(
            new WebhooksResource(
                orders,
                new SignatureVerifier(
                    config.getWebhooks().activeSecrets(),
                    config.getWebhooks().getTolerance().toJavaDuration(),
                    config.getWebhooks().getFutureSkew().toJavaDuration(),
                    Clock.systemUTC()),
                environment.getObjectMapper(),
                environment.getValidator()));
    AttentionConfiguration attention = config.getAttention();
    TemporalAttention attentionSource = new TemporalAttention(client, orders, rpcDeadline);
    environment
        .jersey()
        .register(
            new OperationsResource(
                attentionBoard(attention, attentionSource, environment), attention.getPerKind()));
    ParkedOrders parked =
        new ParkedOrders(
            attentionSource,
            attention.getGaugeRefresh().toJavaDuration(),
            environment.lifecycle().scheduledExecutorService("parked-orders").threads(1).build());
    environment.lifecycle().manage(parked);
    parked.bindTo(metrics.registry());
    environment.jersey().register(new OpenApiResource());
    ProblemErrorHandler errors = new ProblemErrorHandler();
    environment.getApplicationContext().setErrorHandler(errors);
    environment.lifecycle().addServerLifecycleListener(server -> server.setErrorHandler(errors));
    environment
        .servlets()
        .addFilter(
            "unknown-methods",
            new UnknownMethodFilter(
                List.of(
                    OrdersResource.class,
                    WebhooksResource.class,
                    OperationsResource.class,
                    OpenApiResource.class)))
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
    environment.healthChecks().register("temporal", new TemporalHealthCheck(client, rpcDeadline));
  }
}
