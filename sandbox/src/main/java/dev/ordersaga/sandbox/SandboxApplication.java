package dev.ordersaga.sandbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordersaga.sandbox.config.StockSeed;
import dev.ordersaga.sandbox.config.WebhookSettings;
import dev.ordersaga.sandbox.faults.ConnectionCaptureFilter;
import dev.ordersaga.sandbox.faults.DropAfterFilter;
import dev.ordersaga.sandbox.faults.FaultFilter;
import dev.ordersaga.sandbox.faults.FaultRegistry;
import dev.ordersaga.sandbox.health.DatabaseHealthCheck;
import dev.ordersaga.sandbox.idempotency.IdempotencyKeyFilter;
import dev.ordersaga.sandbox.idempotency.IdempotentExecutor;
import dev.ordersaga.sandbox.logging.OrderLogFilter;
import dev.ordersaga.sandbox.payments.PaymentService;
import dev.ordersaga.sandbox.payments.PaymentSettler;
import dev.ordersaga.sandbox.problems.JsonProcessingExceptionMapper;
import dev.ordersaga.sandbox.problems.ProblemExceptionMapper;
import dev.ordersaga.sandbox.problems.UnexpectedExceptionMapper;
import dev.ordersaga.sandbox.problems.ViolationExceptionMapper;
import dev.ordersaga.sandbox.problems.WebApplicationExceptionMapper;
import dev.ordersaga.sandbox.resources.AdminResource;
import dev.ordersaga.sandbox.resources.InventoryResource;
import dev.ordersaga.sandbox.resources.NotificationsResource;
import dev.ordersaga.sandbox.resources.PaymentsResource;
import dev.ordersaga.sandbox.resources.RecordsResource;
import dev.ordersaga.sandbox.resources.RiskResource;
import dev.ordersaga.sandbox.resources.ShipmentsResource;
import dev.ordersaga.sandbox.risk.RiskRules;
import dev.ordersaga.sandbox.store.Databases;
import dev.ordersaga.sandbox.store.EffectLog;
import dev.ordersaga.sandbox.store.InventoryStore;
import dev.ordersaga.sandbox.store.JsonColumns;
import dev.ordersaga.sandbox.store.NotificationStore;
import dev.ordersaga.sandbox.store.PaymentStore;
import dev.ordersaga.sandbox.store.RecordStore;
import dev.ordersaga.sandbox.store.ReplayCounter;
import dev.ordersaga.sandbox.store.RiskStore;
import dev.ordersaga.sandbox.store.Schema;
import dev.ordersaga.sandbox.store.ShipmentStore;
import dev.ordersaga.sandbox.webhook.WebhookSender;
import dev.ordersaga.sandbox.webhook.WebhookSigner;
import dev.ordersaga.telemetry.metrics.DropwizardMetrics;
import dev.ordersaga.telemetry.metrics.ProcessMetrics;
import dev.ordersaga.telemetry.tracing.ServerSpans;
import dev.ordersaga.telemetry.tracing.Tracing;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jersey.setup.JerseyEnvironment;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;
import org.jdbi.v3.core.Jdbi;

/**
 * The sandbox service: one Dropwizard application standing in for the order records, inventory,
 * payments, shipping, notifications and risk systems, per {@code sandbox/API.md}. Its admin port
 * serves Prometheus at {@value DropwizardMetrics#PATH} (JVM, Jetty threads, each route's requests).
 *
 * <p>Run: {@code java -jar sandbox/target/sandbox.jar server sandbox/config.yml}.
 */
public final class SandboxApplication extends Application<SandboxConfiguration> {

  /** Starts the sandbox; arguments as for any Dropwizard application. */
  public static void main(String[] args) throws Exception {
    new SandboxApplication().run(args);
  }

  @Override
  public String getName() {
    return "order-saga-sandbox";
  }

  @Override
  public void initialize(Bootstrap<SandboxConfiguration> bootstrap) {
    bootstrap.setConfigurationSourceProvider(
        new SubstitutingSourceProvider(
            bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
  }

  @Override
  public void run(SandboxConfiguration config, Environment environment) {
    if (config.getServerFactory() instanceof AbstractServerFactory server) {
      server.setRegisterDefaultExceptionMappers(false);
    }
    DropwizardMetrics.serve(ProcessMetrics.create(), environment);
    ObjectMapper mapper = environment.getObjectMapper();
    mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    Jdbi jdbi = Databases.jdbi(environment, config.getDatabase());
    Schema.create(jdbi);

    EffectLog effects = new EffectLog();
    JsonColumns json = new JsonColumns(mapper);
    InventoryStore inventory = new InventoryStore(effects);
    seedStock(jdbi, inventory, config);
    RecordStore records = new RecordStore(effects, json);
    PaymentStore payments = new PaymentStore();
    ShipmentStore shipments = new ShipmentStore(effects, json);
    NotificationStore notifications = new NotificationStore(effects, json);
    RiskStore risk = new RiskStore(effects, new RiskRules(config.getRisk().getReviewAbove()));

    PaymentSettler settler =
        new PaymentSettler(jdbi, payments, effects, webhookSender(config, mapper));
    environment.lifecycle().manage(settler);
    PaymentService paymentService =
        new PaymentService(
            payments, effects, settler, config.getPayments().getSettleDelay().toMilliseconds());

    FaultRegistry faults = new FaultRegistry();
    ReplayCounter replays = new ReplayCounter(jdbi);
    IdempotentExecutor idempotent = new IdempotentExecutor(jdbi, mapper, replays);

    environment
        .servlets()
        .addFilter("connection-capture", new ConnectionCaptureFilter())
        .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
    JerseyEnvironment jersey = environment.jersey();
    jersey.register(new ServerSpans(Tracing.open(getName(), System.getenv())));
    jersey.register(
        new FaultFilter(
            faults,
            config.getLatency(),
            config.getShipping().getLatency(),
            () -> ThreadLocalRandom.current().nextDouble()));
    jersey.register(new DropAfterFilter());
    jersey.register(new IdempotencyKeyFilter());
    jersey.register(new OrderLogFilter());
    jersey.register(new ProblemExceptionMapper());
    jersey.register(new ViolationExceptionMapper());
    jersey.register(new JsonProcessingExceptionMapper());
    jersey.register(new WebApplicationExceptionMapper());
    jersey.register(new UnexpectedExceptionMapper());
    jersey.register(new RecordsResource(jdbi, idempotent, records));
    jersey.register(new InventoryResource(jdbi, idempotent, inventory));
    jersey.register(new PaymentsResource(jdbi, idempotent, paymentService, payments));
    jersey.register(new ShipmentsResource(jdbi, idempotent, shipments));
    jersey.register(new NotificationsResource(idempotent, notifications));
    jersey.register(new RiskResource(jdbi, idempotent, risk));
    if (config.isAdminEndpoints()) {
      AdminResource.Stores stores =
          new AdminResource.Stores(
              inventory, records, payments, shipments, notifications, effects, replays);
      jersey.register(new AdminResource(jdbi, stores, faults, settler));
    }

    environment.healthChecks().register("stock", new DatabaseHealthCheck(jdbi));
  }

  private static void seedStock(Jdbi jdbi, InventoryStore inventory, SandboxConfiguration config) {
    jdbi.useTransaction(
        handle -> {
          for (StockSeed seed : config.getSeedStock()) {
            inventory.createIfAbsent(handle, seed.sku(), seed.available());
          }
        });
  }

  private static WebhookSender webhookSender(SandboxConfiguration config, ObjectMapper mapper) {
    WebhookSettings webhook = config.getWebhook();
    return new WebhookSender(
        mapper,
        new WebhookSigner(webhook.getSecret()),
        webhook.getCallbackUrl(),
        webhook.getDropRate(),
        Duration.ofMillis(webhook.getTimeout().toMilliseconds()),
        () -> ThreadLocalRandom.current().nextDouble());
  }
}
