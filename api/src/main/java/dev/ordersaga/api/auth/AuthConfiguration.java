package dev.ordersaga.api.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The bearer tokens of the two roles. Dev defaults apply when the environment sets none; the tokens
 * are never logged and {@link #toString()} hides them.
 */
public final class AuthConfiguration {
  /** The token used when {@code ORDER_SAGA_SERVICE_TOKEN} is unset. */
  public static final String DEV_SERVICE_TOKEN = "dev-service-token";

  /** The token used when {@code ORDER_SAGA_OPERATOR_TOKEN} is unset. */
  public static final String DEV_OPERATOR_TOKEN = "dev-operator-token";

  @NotBlank
  @Size(min = 8, max = 512)
  private String serviceToken = DEV_SERVICE_TOKEN;

  @NotBlank
  @Size(min = 8, max = 512)
  private String operatorToken = DEV_OPERATOR_TOKEN;

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

  /** Whether either token is still its dev default. */
  public boolean usesDevTokens() {
    return DEV_SERVICE_TOKEN.equals(serviceToken) || DEV_OPERATOR_TOKEN.equals(operatorToken);
  }

  @Override
  public String toString() {
    return "AuthConfiguration[serviceToken=***, operatorToken=***]";
  }
}
