package dev.ordersaga.api.temporal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.uber.m3.tally.Scope;
import dev.ordersaga.codec.PayloadEncryption;
import dev.ordersaga.connection.ClusterAccess;
import dev.ordersaga.order.SagaNames;
import dev.ordersaga.telemetry.tracing.TemporalTracing;
import io.dropwizard.lifecycle.setup.LifecycleEnvironment;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MaxDuration;
import io.dropwizard.validation.MinDuration;
import io.opentelemetry.api.OpenTelemetry;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.RpcRetryOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.concurrent.TimeUnit;

/**
 * Where Temporal is and how long the API waits for it. Deadlines are short on purpose: the front
 * door answers at once or says it cannot (503), it never hangs on a missing worker or server.
 */
public final class TemporalFactory {
  @NotBlank
  @Pattern(regexp = "[^\\s]+:\\d{1,5}", message = "must be host:port")
  private String address = "127.0.0.1:7233";

  @NotBlank private String namespace = "default";

  @NotNull
  @MinDuration(value = 50, unit = TimeUnit.MILLISECONDS)
  @MaxDuration(value = 30, unit = TimeUnit.SECONDS)
  private Duration queryDeadline = Duration.seconds(2);

  @NotNull
  @MinDuration(value = 100, unit = TimeUnit.MILLISECONDS)
  @MaxDuration(value = 60, unit = TimeUnit.SECONDS)
  private Duration rpcDeadline = Duration.seconds(5);

  @JsonProperty
  public String getAddress() {
    return address;
  }

  @JsonProperty
  public void setAddress(String address) {
    this.address = address;
  }

  @JsonProperty
  public String getNamespace() {
    return namespace;
  }

  @JsonProperty
  public void setNamespace(String namespace) {
    this.namespace = namespace;
  }

  /** How long {@code GET /orders/{id}} waits for a worker to answer the status query. */
  @JsonProperty
  public Duration getQueryDeadline() {
    return queryDeadline;
  }

  @JsonProperty
  public void setQueryDeadline(Duration queryDeadline) {
    this.queryDeadline = queryDeadline;
  }

  /** How long one call to Temporal may take, retries included, before it is a 503. */
  @JsonProperty
  public Duration getRpcDeadline() {
    return rpcDeadline;
  }

  @JsonProperty
  public void setRpcDeadline(Duration rpcDeadline) {
    this.rpcDeadline = rpcDeadline;
  }

  /**
   * A client of the configured server; its connection is closed when the application stops. The
   * connection is made lazily, so the API starts (and reports unhealthy) while Temporal is down.
   * Temporal's profile file and the {@code TEMPORAL_*} variables override the address and namespace
   * and secure it ({@link ClusterAccess}); {@code ORDER_SAGA_CODEC_KEYS} encrypts its payloads
   * ({@link PayloadEncryption}). Its service stubs report the SDK's client metrics to {@code
   * metrics}; its starts, signals and updates carry the trace context of the request that makes
   * them ({@link TemporalTracing}).
   *
   * @throws IllegalArgumentException when no payload keys are set and encryption is not switched
   *     off
   */
  public WorkflowClient build(
      LifecycleEnvironment lifecycle, Scope metrics, OpenTelemetry openTelemetry) {
    java.time.Duration deadline = rpcDeadline.toJavaDuration();
    ClusterAccess access = ClusterAccess.load(address, namespace, System.getenv());
    WorkflowServiceStubs stubs =
        WorkflowServiceStubs.newServiceStubs(
            access
                .stubsOptions()
                .setRpcTimeout(deadline)
                .setRpcQueryTimeout(queryDeadline.toJavaDuration())
                .setRpcRetryOptions(RpcRetryOptions.newBuilder().setExpiration(deadline).build())
                .setMetricsScope(metrics)
                .build());
    lifecycle.manage(new ManagedStubs(stubs));
    return WorkflowClient.newInstance(
        stubs,
        TemporalTracing.client(
                WorkflowClientOptions.newBuilder(), openTelemetry, SagaNames.INSTANCE)
            .setNamespace(access.namespace())
            .setDataConverter(PayloadEncryption.converter(System.getenv()))
            .build());
  }
}
