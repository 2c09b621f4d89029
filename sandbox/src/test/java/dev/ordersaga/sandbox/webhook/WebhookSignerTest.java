package dev.ordersaga.sandbox.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignerTest {
  @Test
  void theSignatureIsTheHmacOfTimestampDotBody() {
    WebhookSigner signer = new WebhookSigner("key");

    String header = signer.sign("The quick brown fox jumps over the lazy dog", 1700000000L);

    assertThat(header).startsWith("t=1700000000,v1=");
    assertThat(header.substring("t=1700000000,v1=".length()))
        .isEqualTo(signer.hmacHex("1700000000.The quick brown fox jumps over the lazy dog"));
  }

  @Test
  void theHmacMatchesTheKnownSha256Vector() {
    assertThat(new WebhookSigner("key").hmacHex("The quick brown fox jumps over the lazy dog"))
        .isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
  }
}
