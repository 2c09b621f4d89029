package dev.ordersaga.activities;

import java.net.URI;
import java.util.Objects;

/** The base URL of each downstream system. */
public record Endpoints(
    URI records, URI inventory, URI risk, URI payments, URI shipping, URI notifications) {
  /** Where the sandbox listens by default. */
  public static final URI SANDBOX = URI.create("http://127.0.0.1:8090");

  public Endpoints {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(inventory, "inventory");
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(payments, "payments");
    Objects.requireNonNull(shipping, "shipping");
    Objects.requireNonNull(notifications, "notifications");
  }

  /** Every system at one base URL, as in the sandbox. */
  public static Endpoints all(URI baseUrl) {
    return new Endpoints(baseUrl, baseUrl, baseUrl, baseUrl, baseUrl, baseUrl);
  }

  /**
   * Every system at one base URL, as in the sandbox.
   *
   * @throws IllegalArgumentException when {@code baseUrl} is not a URI
   */
  public static Endpoints all(String baseUrl) {
    return all(URI.create(baseUrl));
  }
}
