package dev.ordersaga.api.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ordersaga.secrets.PublishedSecrets;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The bearer tokens of the two roles. The published dev tokens apply when the environment sets
 * none, and the API then starts only with the dev switch ({@link
 * dev.ordersaga.api.OrderApiConfiguration#isDev()}); the tokens are never logged and {@link
 * #toString()} hides them.
 */
public final class AuthConfiguration {
  @NotBlank
  @Size(min = 8, max = 512)
  private String serviceToken = PublishedSecrets.DEV_SERVICE_TOKEN;

  @NotBlank
  @Size(min = 8, max = 512)
  private String operatorToken = PublishedSecrets.DEV_OPERATOR_TOKEN;

  /** The storefront backend's token: place, read, cancel. */
  @JsonProperty
  public String getServiceToken() {
    return serviceToken;
  }

  @JsonProperty
  public void setServiceToken(String serviceToken) {
    this.serviceToken = serviceToken;
  }

  /** The operators' token: everything, including retrying a parked compensation. */
  @JsonProperty
  public String getOperatorToken() {
    return operatorToken;
  }

  @JsonProperty
  public void setOperatorToken(String operatorToken) {
    this.operatorToken = operatorToken;
  }

  /** Why a token may not be used (a placeholder, or a dev value without {@code devSwitch}). */
  public List<String> refusals(boolean devSwitch) {
    return Stream.of(
            PublishedSecrets.refusal("ORDER_SAGA_SERVICE_TOKEN", serviceToken, devSwitch),
            PublishedSecrets.refusal("ORDER_SAGA_OPERATOR_TOKEN", operatorToken, devSwitch))
        .flatMap(Optional::stream)
        .toList();
  }

  @Override
  public String toString() {
    return "AuthConfiguration[serviceToken=***, operatorToken=***]";
  }
}
