package dev.ordersaga.api;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The API starts only with secrets of its own: the published dev tokens and webhook secret only
 * with the dev switch ({@code ORDER_SAGA_DEV}), the deployment templates' {@code REPLACE_ME}
 * placeholders never.
 */
class PublishedSecretsAtStartTest {
  private static final TestWorkflowEnvironment temporal =
      TestWorkflowEnvironment.newInstance(
          TestEnvironmentOptions.newBuilder().setUseTimeskipping(false).build());

  @AfterAll
  static void stopTemporal() {
    temporal.close();
  }

  @Test
  void refusesToStartWithTheDevTokensWithoutTheDevSwitch() {
    assertThatThrownBy(
            start("false", "dev-service-token", "an-operator-token-of-its-own", "whsec_of_its_own"))
        .hasMessageContaining("ORDER_SAGA_DEV");
    assertThatThrownBy(
            start("false", "a-service-token-of-its-own", "dev-operator-token", "whsec_of_its_own"))
        .hasMessageContaining("ORDER_SAGA_DEV");
  }

  @Test
  void refusesToStartWithTheDevWebhookSecretWithoutTheDevSwitch() {
    assertThatThrownBy(
            start(
                "false", "a-service-token-of-its-own", "an-operator-token-of-its-own", "whsec_dev"))
        .hasMessageContaining("ORDER_SAGA_DEV");
  }

  @Test
  void startsWithTheDevSecretsWhenTheDevSwitchIsSet() {
    assertThatCode(start("true", "dev-service-token", "dev-operator-token", "whsec_dev"))
        .doesNotThrowAnyException();
  }

  @Test
  void startsWithSecretsOfItsOwnWithoutTheDevSwitch() {
    assertThatCode(
            start(
                "false",
                "a-service-token-of-its-own",
                "an-operator-token-of-its-own",
                "whsec_of_its_own"))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesPlaceholderSecretsEvenWithTheDevSwitch() {
    assertThatThrownBy(start("true", "REPLACE_ME_service_token", "dev-operator-token", "whsec_dev"))
        .hasMessageContaining("REPLACE_ME");
    assertThatThrownBy(start("true", "dev-service-token", "REPLACE_ME_operator_token", "whsec_dev"))
        .hasMessageContaining("REPLACE_ME");
    assertThatThrownBy(
            start("true", "dev-service-token", "dev-operator-token", "REPLACE_ME_webhook_secret"))
        .hasMessageContaining("REPLACE_ME");
  }

  private static ThrowingCallable start(
      String devSwitch, String serviceToken, String operatorToken, String webhookSecret) {
    return () -> {
      DropwizardAppExtension<OrderApiConfiguration> app =
          new DropwizardAppExtension<>(
              new DropwizardTestSupport<>(
                  OrderApiApplication.class,
                  "config.yml",
                  ConfigOverride.config("server.applicationConnectors[0].port", "0"),
                  ConfigOverride.config("server.adminConnectors[0].port", "0"),
                  ConfigOverride.config("logging.level", "WARN"),
                  ConfigOverride.config("dev", devSwitch),
                  ConfigOverride.config("auth.serviceToken", serviceToken),
                  ConfigOverride.config("auth.operatorToken", operatorToken),
                  ConfigOverride.config("webhooks.secrets[0]", webhookSecret)) {
                @Override
                public OrderApiApplication newApplication() {
                  return new OrderApiApplication(
                      (factory, lifecycle, metrics, tracing) -> temporal.getWorkflowClient());
                }
              });
      try {
        app.before();
      } finally {
        app.after();
      }
    };
  }
}
