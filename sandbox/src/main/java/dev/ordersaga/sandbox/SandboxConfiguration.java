package dev.ordersaga.sandbox;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ordersaga.sandbox.config.LatencySettings;
import dev.ordersaga.sandbox.config.PaymentsSettings;
import dev.ordersaga.sandbox.config.RiskSettings;
import dev.ordersaga.sandbox.config.ShippingSettings;
import dev.ordersaga.sandbox.config.StockSeed;
import dev.ordersaga.sandbox.config.WebhookSettings;
import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The sandbox's configuration: Dropwizard's {@code server} and {@code logging}, plus these. */
public final class SandboxConfiguration extends Configuration {
  @Valid @NotNull private DataSourceFactory database = new DataSourceFactory();
  @Valid @NotNull private PaymentsSettings payments = new PaymentsSettings();
  @Valid @NotNull private WebhookSettings webhook = new WebhookSettings();
  @Valid @NotNull private ShippingSettings shipping = new ShippingSettings();
  @Valid @NotNull private RiskSettings risk = new RiskSettings();
  @Valid @NotNull private LatencySettings latency = new LatencySettings();
  @Valid @NotNull private List<@Valid @NotNull StockSeed> seedStock = List.of();
  private boolean adminEndpoints;

  /** The JDBC database holding all state (H2 file by default, PostgreSQL works too). */
  @JsonProperty
  public DataSourceFactory getDatabase() {
    return database;
  }

  @JsonProperty
  public void setDatabase(DataSourceFactory database) {
    this.database = database;
  }

  @JsonProperty
  public PaymentsSettings getPayments() {
    return payments;
  }

  @JsonProperty
  public void setPayments(PaymentsSettings payments) {
    this.payments = payments;
  }

  @JsonProperty
  public WebhookSettings getWebhook() {
    return webhook;
  }

  @JsonProperty
  public void setWebhook(WebhookSettings webhook) {
    this.webhook = webhook;
  }

  @JsonProperty
  public ShippingSettings getShipping() {
    return shipping;
  }

  @JsonProperty
  public void setShipping(ShippingSettings shipping) {
    this.shipping = shipping;
  }

  @JsonProperty
  public RiskSettings getRisk() {
    return risk;
  }

  @JsonProperty
  public void setRisk(RiskSettings risk) {
    this.risk = risk;
  }

  @JsonProperty
  public LatencySettings getLatency() {
    return latency;
  }

  @JsonProperty
  public void setLatency(LatencySettings latency) {
    this.latency = latency;
  }

  /**
   * Whether {@code /admin/...} (state, stock, faults, settling payments) is served: off unless
   * asked for, since it lets any caller rewrite the books; local runs and tests turn it on.
   */
  @JsonProperty
  public boolean isAdminEndpoints() {
    return adminEndpoints;
  }

  @JsonProperty
  public void setAdminEndpoints(boolean adminEndpoints) {
    this.adminEndpoints = adminEndpoints;
  }

  /** SKUs created at startup when absent. */
  @JsonProperty
  public List<StockSeed> getSeedStock() {
    return seedStock;
  }

  @JsonProperty
  public void setSeedStock(List<StockSeed> seedStock) {
    this.seedStock = List.copyOf(seedStock);
  }
}
