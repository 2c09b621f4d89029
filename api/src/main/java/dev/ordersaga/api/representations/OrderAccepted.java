package dev.ordersaga.api.representations;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The 202 of {@code POST /orders}: the order is started, nothing more. Follow {@code self}.
 *
 * @param total the order total as a decimal string
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderAccepted(
    String orderId, String status, String total, String currency, Links links) {

  /** Where to follow and cancel the order. */
  public record Links(String self, String cancel) {}

  public static OrderAccepted pending(String orderId, String total, String currency) {
    String self = "/orders/" + orderId;
    return new OrderAccepted(
        orderId, "PENDING", total, currency, new Links(self, self + "/cancel"));
  }
}
