package dev.ordersaga.order;

import java.util.Objects;
import java.util.regex.Pattern;

/** Where the order ships to. Readable in the Web UI like every workflow input. */
public record ShippingAddress(
    String name, String line1, String city, String postalCode, String country) {
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  public ShippingAddress {
    Objects.requireNonNull(name, "shippingAddress.name");
    Objects.requireNonNull(line1, "shippingAddress.line1");
    Objects.requireNonNull(city, "shippingAddress.city");
    Objects.requireNonNull(postalCode, "shippingAddress.postalCode");
    Objects.requireNonNull(country, "shippingAddress.country");
    if (!COUNTRY.matcher(country).matches()) {
      throw new IllegalArgumentException(
          "shippingAddress.country must be an ISO 3166 alpha-2 code, got: " + country);
    }
  }
}
