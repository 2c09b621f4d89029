package dev.ordersaga.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.temporal.api.failure.v1.Failure;
import io.temporal.common.converter.CodecDataConverter;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.failure.ApplicationFailure;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayloadEncryptionTest {
  @Test
  void withoutKeysAProcessRefusesToStartSayingWhatToSet() {
    assertThatThrownBy(() -> PayloadEncryption.converter(Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ORDER_SAGA_CODEC_KEYS is not set")
        .hasMessageContaining("ORDER_SAGA_CODEC=off");
  }

  @Test
  void switchedOffPayloadsStayPlain() {
    assertThat(PayloadEncryption.converter(Map.of("ORDER_SAGA_CODEC", "off")))
        .isSameAs(DefaultDataConverter.STANDARD_INSTANCE);
  }

  @Test
  void withKeysPayloadsAreEncrypted() {
    assertThat(PayloadEncryption.converter(Map.of("ORDER_SAGA_CODEC_KEYS", TestKeys.OLD)))
        .isInstanceOf(CodecDataConverter.class);
  }

  @Test
  void failureMessagesAndStackTracesAreEncryptedAndReadBackWithTheKey() {
    DataConverter converter =
        PayloadEncryption.converter(Map.of("ORDER_SAGA_CODEC_KEYS", TestKeys.OLD));
    ApplicationFailure declined =
        ApplicationFailure.newNonRetryableFailure("card of Ada Lovelace declined", "Declined");

    Failure stored = converter.exceptionToFailure(declined);

    assertThat(stored.getMessage()).doesNotContain("Ada");
    assertThat(stored.getStackTrace()).isEmpty();
    assertThat(stored.getEncodedAttributes().getMetadataMap()).containsKey("encryption-key-id");
    assertThat(stored.getApplicationFailureInfo().getType()).isEqualTo("Declined");
    assertThat(((ApplicationFailure) converter.failureToException(stored)).getOriginalMessage())
        .isEqualTo("card of Ada Lovelace declined");
  }

  @Test
  void theFirstListedKeyIsCurrentUnlessAnotherIsNamed() {
    String both = TestKeys.NEW + "," + TestKeys.OLD;

    assertThat(CodecKeys.parse(both, null).currentId()).isEqualTo("k2");
    assertThat(CodecKeys.parse(both, "k1").currentId()).isEqualTo("k1");
  }

  @Test
  void aCurrentKeyIdThatIsNotConfiguredIsRefused() {
    assertThatThrownBy(() -> CodecKeys.parse(TestKeys.OLD, "k9"))
        .hasMessageContaining("k9 is not among the keys [k1]");
  }

  @Test
  void aKeyThatIsNot32BytesIsRefusedWithoutShowingIt() {
    assertThatThrownBy(() -> CodecKeys.parse("short:c2hvcnQ=", null))
        .hasMessageContaining("key short has 5 bytes")
        .hasMessageNotContaining("c2hvcnQ");
  }

  @Test
  void anEntryWithoutAnIdIsRefused() {
    assertThatThrownBy(() -> CodecKeys.parse(TestKeys.key(1), null))
        .hasMessageContaining("is not id:base64key");
  }

  @Test
  void theKeysNeverAppearInTheirDescription() {
    assertThat(CodecKeys.parse(TestKeys.OLD, null).toString())
        .isEqualTo("CodecKeys[current=k1, ids=[k1]]");
  }
}
