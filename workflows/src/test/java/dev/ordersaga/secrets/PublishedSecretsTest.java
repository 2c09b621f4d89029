package dev.ordersaga.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordersaga.codec.CodecKeys;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublishedSecretsTest {
  @Test
  void aDevValueIsRefusedWithoutTheDevSwitchAndAcceptedWithIt() {
    assertThat(PublishedSecrets.refusal("ORDER_SAGA_SERVICE_TOKEN", "dev-service-token", false))
        .hasValueSatisfying(reason -> assertThat(reason).contains("ORDER_SAGA_DEV=true"));
    assertThat(PublishedSecrets.refusal("ORDER_SAGA_SERVICE_TOKEN", "dev-service-token", true))
        .isEmpty();
  }

  @Test
  void aPlaceholderIsRefusedEvenWithTheDevSwitch() {
    assertThat(PublishedSecrets.refusal("ORDER_SAGA_WEBHOOK_SECRET", "REPLACE_ME_webhook", true))
        .hasValueSatisfying(reason -> assertThat(reason).contains("REPLACE_ME"));
  }

  @Test
  void aSecretOfItsOwnPasses() {
    assertThat(PublishedSecrets.refusal("ORDER_SAGA_OPERATOR_TOKEN", "k3y-0f-1ts-0wn", false))
        .isEmpty();
  }

  @Test
  void theDevSwitchIsOnlyTrue() {
    assertThat(PublishedSecrets.devSwitch(Map.of("ORDER_SAGA_DEV", "true"))).isTrue();
    assertThat(PublishedSecrets.devSwitch(Map.of("ORDER_SAGA_DEV", "1"))).isFalse();
    assertThat(PublishedSecrets.devSwitch(Map.of())).isFalse();
  }

  @Test
  void theKubernetesSecretsPlaceholderCodecKeyIsRefused() {
    assertThatThrownBy(() -> CodecKeys.parse("REPLACE_ME_k1:base64_of_32_random_bytes", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not base64");
  }
}
