package dev.ordersaga.api.limits;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ordersaga.order.OrderRequest;
import io.dropwizard.util.DataSize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code POST /orders} accepts ({@code limits:} in {@code config.yml}). The Temporal sizes
 * default to the server's own defaults ({@code limit.searchAttributesSizeOfValue}, {@code
 * limit.searchAttributesTotalSize}, {@code limit.blobSize.error}, {@code limit.memoSize.error});
 * set them to the server's dynamic config when it differs.
 */
public final class LimitsConfiguration {
  @Min(1)
  @Max(OrderRequest.MAX_ITEMS)
  private int maxItems = OrderRequest.MAX_ITEMS;

  @Min(1)
  @Max(OrderRequest.MAX_ITEMS)
  private int maxDistinctSkus = 25;

  @Min(1)
  @Max(64)
  private int maxSkuLength = 64;

  /** Currency code → the largest order total in it; the allow-list of currencies. */
  @NotEmpty
  private Map<String, BigDecimal> currencies =
      new TreeMap<>(
          Map.of(
              "USD", new BigDecimal("50000"),
              "EUR", new BigDecimal("50000"),
              "GBP", new BigDecimal("50000"),
              "CHF", new BigDecimal("50000"),
              "CAD", new BigDecimal("50000"),
              "AUD", new BigDecimal("50000"),
              "JPY", new BigDecimal("5000000")));

  @NotNull private DataSize searchAttributeValueSize = DataSize.kibibytes(2);
  @NotNull private DataSize searchAttributesTotalSize = DataSize.kibibytes(40);
  @NotNull private DataSize payloadSize = DataSize.mebibytes(2);
  @NotNull private DataSize memoSize = DataSize.mebibytes(2);

  /** Lines per order. */
  @JsonProperty
  public int getMaxItems() {
    return maxItems;
  }

  @JsonProperty
  public void setMaxItems(int maxItems) {
    this.maxItems = maxItems;
  }

  /** Different SKUs per order: each is a value of the order's {@code Skus} search attribute. */
  @JsonProperty
  public int getMaxDistinctSkus() {
    return maxDistinctSkus;
  }

  @JsonProperty
  public void setMaxDistinctSkus(int maxDistinctSkus) {
    this.maxDistinctSkus = maxDistinctSkus;
  }

  /** Characters per SKU (at most 64). */
  @JsonProperty
  public int getMaxSkuLength() {
    return maxSkuLength;
  }

  @JsonProperty
  public void setMaxSkuLength(int maxSkuLength) {
    this.maxSkuLength = maxSkuLength;
  }

  /** The currencies orders may be placed in, each with the largest total it accepts. */
  @JsonProperty
  public Map<String, BigDecimal> getCurrencies() {
    return currencies;
  }

  @JsonProperty
  public void setCurrencies(Map<String, BigDecimal> currencies) {
    this.currencies = new TreeMap<>(currencies);
  }

  /** Temporal's {@code limit.searchAttributesSizeOfValue}: one search attribute's value. */
  @JsonProperty
  public DataSize getSearchAttributeValueSize() {
    return searchAttributeValueSize;
  }

  @JsonProperty
  public void setSearchAttributeValueSize(DataSize searchAttributeValueSize) {
    this.searchAttributeValueSize = searchAttributeValueSize;
  }

  /**
   * Temporal's {@code limit.searchAttributesTotalSize}: all of one execution's search attributes.
   */
  @JsonProperty
  public DataSize getSearchAttributesTotalSize() {
    return searchAttributesTotalSize;
  }

  @JsonProperty
  public void setSearchAttributesTotalSize(DataSize searchAttributesTotalSize) {
    this.searchAttributesTotalSize = searchAttributesTotalSize;
  }

  /** Temporal's {@code limit.blobSize.error}: one payload, such as the workflow's input. */
  @JsonProperty
  public DataSize getPayloadSize() {
    return payloadSize;
  }

  @JsonProperty
  public void setPayloadSize(DataSize payloadSize) {
    this.payloadSize = payloadSize;
  }

  /** Temporal's {@code limit.memoSize.error}: the workflow's memo. */
  @JsonProperty
  public DataSize getMemoSize() {
    return memoSize;
  }

  @JsonProperty
  public void setMemoSize(DataSize memoSize) {
    this.memoSize = memoSize;
  }
}
