package dev.ordersaga.api.limits;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordersaga.api.errors.ApiProblem;
import dev.ordersaga.api.errors.FieldError;
import dev.ordersaga.api.representations.SubmitItem;
import dev.ordersaga.api.representations.SubmitOrder;
import dev.ordersaga.codec.EncryptionCodec;
import dev.ordersaga.order.OrderSearchAttributes;
import dev.ordersaga.order.OrderStatus;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The configured rules of {@code POST /orders}, checked after the body's own rules: the currency is
 * allowed, every price has at most the currency's minor units, the total is positive and at most
 * the currency's maximum, the items and SKUs are within their counts, and what the start sends to
 * Temporal (search attributes, memo, the workflow input) fits the server's limits. So everything
 * the API accepts can run.
 */
public final class OrderLimits {
  /** What the {@code Skus} search attribute's metadata and key cost, besides its value. */
  static final int ATTRIBUTE_OVERHEAD = 96;

  /** The memo: a 64-digit fingerprint, the total, the currency, their keys and metadata. */
  static final int MEMO_BYTES =
      64 + 40 + 3 + 3 * (ATTRIBUTE_OVERHEAD + EncryptionCodec.MAX_OVERHEAD_BYTES);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LONGEST_ORDER_ID = "k-" + "0".repeat(62);

  private final LimitsConfiguration config;
  private final Map<String, Integer> minorUnits = new TreeMap<>();

  /**
   * @throws IllegalArgumentException when a configured currency is not a real one (ISO 4217 codes
   *     without minor units, such as XXX, are not) or its maximum total is not positive, or the
   *     fixed-size memo does not fit
   */
  public OrderLimits(LimitsConfiguration config) {
    this.config = config;
    config
        .getCurrencies()
        .forEach(
            (code, max) -> {
              int digits = fractionDigits(code);
              if (digits < 0 || max == null || max.signum() <= 0) {
                throw new IllegalArgumentException(
                    "limits.currencies: " + code + " must be a currency with a positive maximum");
              }
              minorUnits.put(code, digits);
            });
    if (MEMO_BYTES > config.getMemoSize().toBytes()) {
      throw new IllegalArgumentException("limits.memoSize must be at least " + MEMO_BYTES + " B");
    }
  }

  private static int fractionDigits(String code) {
    try {
      return Currency.getInstance(code).getDefaultFractionDigits();
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }

  public LimitsConfiguration config() {
    return config;
  }

  /**
   * Checks an order whose own rules hold.
   *
   * @throws ApiProblem a 422 naming every field that breaks a limit
   */
  public void check(SubmitOrder order) {
    List<FieldError> errors = new ArrayList<>();
    Integer digits = minorUnits.get(order.currency());
    if (digits == null) {
      errors.add(new FieldError("currency", "OneOf", "must be one of " + minorUnits.keySet()));
    }
    List<SubmitItem> items = order.items();
    if (items.size() > config.getMaxItems()) {
      errors.add(
          new FieldError("items", "Size", "must hold at most " + config.getMaxItems() + " lines"));
    }
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < items.size(); i++) {
      SubmitItem item = items.get(i);
      if (item.sku().length() > config.getMaxSkuLength()) {
        errors.add(
            new FieldError(
                "items[" + i + "].sku",
                "Size",
                "must be at most " + config.getMaxSkuLength() + " characters"));
      }
      if (digits != null && Math.max(0, item.unitPrice().stripTrailingZeros().scale()) > digits) {
        errors.add(
            new FieldError(
                "items[" + i + "].unitPrice",
                "MinorUnits",
                "must have at most " + digits + " decimals in " + order.currency()));
      }
      total = total.add(item.unitPrice().multiply(BigDecimal.valueOf(item.quantity())));
    }
    if (total.signum() <= 0) {
      errors.add(new FieldError("items", "PositiveTotal", "must add up to more than zero"));
    } else if (digits != null
        && total.compareTo(config.getCurrencies().get(order.currency())) > 0) {
      errors.add(
          new FieldError(
              "items",
              "MaxTotal",
              "must add up to at most "
                  + config.getCurrencies().get(order.currency()).toPlainString()
                  + " "
                  + order.currency()));
    }
    List<String> skus = items.stream().map(SubmitItem::sku).distinct().toList();
    if (skus.size() > config.getMaxDistinctSkus()) {
      errors.add(
          new FieldError(
              "items",
              "DistinctSkus",
              "must name at most " + config.getMaxDistinctSkus() + " different SKUs"));
    }
    errors.addAll(temporalSizes(order, skus));
    if (!errors.isEmpty()) {
      throw ApiProblem.invalid(errors);
    }
  }

  private List<FieldError> temporalSizes(SubmitOrder order, List<String> skus) {
    List<FieldError> errors = new ArrayList<>();
    long skusBytes = json(skus);
    if (skusBytes > config.getSearchAttributeValueSize().toBytes()) {
      errors.add(
          new FieldError(
              "items",
              "SearchAttributeSize",
              "SKUs must fit Temporal's search attribute value limit of "
                  + config.getSearchAttributeValueSize().toBytes()
                  + " bytes (they take "
                  + skusBytes
                  + ")"));
    }
    long longestStatus =
        Arrays.stream(OrderStatus.values()).mapToInt(s -> s.name().length()).max().orElse(0);
    long attributes =
        skusBytes
            + json(order.customerId())
            + longestStatus
            + 2
            + 24
            + 4L * ATTRIBUTE_OVERHEAD
            + OrderSearchAttributes.SKUS.getName().length();
    if (attributes > config.getSearchAttributesTotalSize().toBytes()) {
      errors.add(
          new FieldError(
              "items",
              "SearchAttributesSize",
              "must fit Temporal's search attributes limit of "
                  + config.getSearchAttributesTotalSize().toBytes()
                  + " bytes"));
    }
    long input = json(order.toOrder(LONGEST_ORDER_ID)) + EncryptionCodec.MAX_OVERHEAD_BYTES;
    if (input > config.getPayloadSize().toBytes()) {
      errors.add(
          new FieldError(
              "body",
              "PayloadSize",
              "must fit Temporal's payload limit of "
                  + config.getPayloadSize().toBytes()
                  + " bytes"));
    }
    return errors;
  }

  private static long json(Object value) {
    try {
      return JSON.writeValueAsString(value).getBytes(StandardCharsets.UTF_8).length;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a request value is always JSON", e);
    }
  }
}
