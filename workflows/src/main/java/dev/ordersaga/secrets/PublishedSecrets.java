package dev.ordersaga.secrets;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Secrets whose values anyone can read in this repository: the dev tokens and webhook secret of
 * {@code make up}, and the {@code REPLACE_ME} placeholders of the deployment templates. A process
 * accepts a dev value only with the dev switch ({@value #DEV_SWITCH}{@code =true}, which {@code
 * make up} sets for a laptop run) and a placeholder never.
 */
public final class PublishedSecrets {
  /** {@code true} marks a laptop run: the published dev values are accepted. */
  public static final String DEV_SWITCH = "ORDER_SAGA_DEV";

  /** The storefront's token of {@code make up}. */
  public static final String DEV_SERVICE_TOKEN = "dev-service-token";

  /** The operators' token of {@code make up}. */
  public static final String DEV_OPERATOR_TOKEN = "dev-operator-token";

  /** The payment provider's signing secret of {@code make up}. */
  public static final String DEV_WEBHOOK_SECRET = "whsec_dev";

  /** How every placeholder of {@code deploy/} begins. */
  public static final String PLACEHOLDER_PREFIX = "REPLACE_ME";

  private static final Set<String> DEV_VALUES =
      Set.of(DEV_SERVICE_TOKEN, DEV_OPERATOR_TOKEN, DEV_WEBHOOK_SECRET);

  private PublishedSecrets() {}

  /** Whether {@code environment} sets the dev switch. */
  public static boolean devSwitch(Map<String, String> environment) {
    return "true".equalsIgnoreCase(environment.getOrDefault(DEV_SWITCH, "").strip());
  }

  /** Whether {@code value} is one of the published dev values. */
  public static boolean isDevValue(String value) {
    return value != null && DEV_VALUES.contains(value.strip());
  }

  /** Whether {@code value} is a deployment template's placeholder. */
  public static boolean isPlaceholder(String value) {
    return value != null && value.strip().startsWith(PLACEHOLDER_PREFIX);
  }

  /**
   * Why {@code value} may not serve as the secret {@code name}, or empty when it may.
   *
   * @param devSwitch whether the dev switch is set
   */
  public static Optional<String> refusal(String name, String value, boolean devSwitch) {
    if (isPlaceholder(value)) {
      return Optional.of(
          name + " is a " + PLACEHOLDER_PREFIX + " placeholder: set a secret of your own");
    }
    if (isDevValue(value) && !devSwitch) {
      return Optional.of(
          name
              + " is a published dev value: set a secret of your own, or "
              + DEV_SWITCH
              + "=true for a run on your own machine");
    }
    return Optional.empty();
  }
}
