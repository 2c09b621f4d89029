package dev.ordersaga.order;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
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

  /**
   * The SHA-256 (lowercase hex) of the address without the name, each part trimmed and lowercased:
   * what a provider may match repeat addresses on without receiving one.
   */
  public String sha256() {
    String normalised =
        String.join("\n", line1.strip(), city.strip(), postalCode.strip(), country)
            .toLowerCase(Locale.ROOT);
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(normalised.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JVM has SHA-256", impossible);
    }
  }
}
