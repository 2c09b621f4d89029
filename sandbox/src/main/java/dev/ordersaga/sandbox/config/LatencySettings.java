package dev.ordersaga.sandbox.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ordersaga.sandbox.faults.SystemName;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.NotNull;

/**
 * The {@code latency} section: a base latency added to every request of each system, for demos. All
 * default to zero.
 */
public final class LatencySettings {
  @NotNull private Duration records = Duration.milliseconds(0);
  @NotNull private Duration inventory = Duration.milliseconds(0);
  @NotNull private Duration payments = Duration.milliseconds(0);
  @NotNull private Duration shipping = Duration.milliseconds(0);
  @NotNull private Duration notifications = Duration.milliseconds(0);
  @NotNull private Duration risk = Duration.milliseconds(0);

  /** The base latency of {@code system}. */
  public Duration of(SystemName system) {
    return switch (system) {
      case RECORDS -> records;
      case INVENTORY -> inventory;
      case PAYMENTS -> payments;
      case SHIPPING -> shipping;
      case NOTIFICATIONS -> notifications;
      case RISK -> risk;
    };
  }

  @JsonProperty
  public Duration getRecords() {
    return records;
  }

  @JsonProperty
  public void setRecords(Duration records) {
    this.records = records;
  }

  @JsonProperty
  public Duration getInventory() {
    return inventory;
  }

  @JsonProperty
  public void setInventory(Duration inventory) {
    this.inventory = inventory;
  }

  @JsonProperty
  public Duration getPayments() {
    return payments;
  }

  @JsonProperty
  public void setPayments(Duration payments) {
    this.payments = payments;
  }

  @JsonProperty
  public Duration getShipping() {
    return shipping;
  }

  @JsonProperty
  public void setShipping(Duration shipping) {
    this.shipping = shipping;
  }

  @JsonProperty
  public Duration getNotifications() {
    return notifications;
  }

  @JsonProperty
  public void setNotifications(Duration notifications) {
    this.notifications = notifications;
  }

  @JsonProperty
  public Duration getRisk() {
    return risk;
  }

  @JsonProperty
  public void setRisk(Duration risk) {
    this.risk = risk;
  }
}
