package dev.ordersaga.sandbox.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** The {@code risk} section: when the fraud rule sends an order to review by its amount. */
public final class RiskSettings {
  @NotNull
  @DecimalMin("0")
  private BigDecimal reviewAbove = new BigDecimal("10000");

  /** An order whose total is above this (in its own currency) is sent to review. */
  @JsonProperty
  public BigDecimal getReviewAbove() {
    return reviewAbove;
  }

  @JsonProperty
  public void setReviewAbove(BigDecimal reviewAbove) {
    this.reviewAbove = reviewAbove;
  }
}
