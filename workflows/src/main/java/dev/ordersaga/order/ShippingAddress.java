package dev.ordersaga.order;

import java.util.Objects;

/** Where the order ships to. Readable in the Web UI like every workflow input. */
public record ShippingAddress(
    String name, String line1, String city, String postalCode, String country) {
  public ShippingAddress {
    Objects.requireNonNull(name, "shippingAddress.name");
    Objects.requireNonNull(line1, "shippingAddress.line1");
    Objects.requireNonNull(city, "shippingAddress.city");
    Objects.requireNonNull(postalCode, "shippingAddress.postalCode");
    Objects.requireNonNull(country, "shippingAddress.country");
    if (!country.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException(
          "shippingAddress.country must be an ISO 3166 alpha-2 code, got: " + country);
    }
  }
}
