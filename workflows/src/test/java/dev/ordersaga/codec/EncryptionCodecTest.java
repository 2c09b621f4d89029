package dev.ordersaga.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.samples.SampleOrders;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.common.converter.EncodingKeys;
import io.temporal.payload.codec.PayloadCodecException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class EncryptionCodecTest {
  private static final OrderRequest ORDER =
      SampleOrders.single("o-1", "c-1", "SKU-1", 1, "tok_secret");
  private final EncryptionCodec before = new EncryptionCodec(CodecKeys.parse(TestKeys.OLD, null));
  private final EncryptionCodec after =
      new EncryptionCodec(CodecKeys.parse(TestKeys.NEW + "," + TestKeys.OLD, "k2"));

  @Test
  void anEncryptedPayloadHoldsNoneOfTheOrdersPersonalData() {
    Payload encrypted = before.encode(List.of(plain(ORDER))).get(0);

    String stored = encrypted.toString() + encrypted.getData().toStringUtf8();
    assertThat(stored)
        .doesNotContain("Ada Lovelace", "Analytical", "N1 9GU", "tok_secret", "json/plain");
    assertThat(encrypted.getMetadataOrThrow(EncodingKeys.METADATA_ENCODING_KEY).toStringUtf8())
        .isEqualTo("binary/encrypted");
    assertThat(encrypted.getMetadataOrThrow(EncryptionCodec.KEY_ID).toStringUtf8()).isEqualTo("k1");
  }

  @Test
  void decodingGivesBackTheOriginalPayload() {
    Payload original = plain(ORDER);

    assertThat(before.decode(before.encode(List.of(original)))).containsExactly(original);
  }

  @Test
  void encryptingOnePayloadTwiceGivesDifferentCiphertexts() {
    Payload original = plain(ORDER);

    assertThat(before.encode(List.of(original)).get(0).getData())
        .isNotEqualTo(before.encode(List.of(original)).get(0).getData());
  }

  @Test
  void afterRotationNewPayloadsUseTheNewKeyAndOldOnesStayReadable() {
    Payload writtenBefore = before.encode(List.of(plain(ORDER))).get(0);
    Payload writtenAfter = after.encode(List.of(plain(ORDER))).get(0);

    assertThat(writtenAfter.getMetadataOrThrow(EncryptionCodec.KEY_ID).toStringUtf8())
        .isEqualTo("k2");
    assertThat(after.decode(List.of(writtenBefore))).containsExactly(plain(ORDER));
    assertThat(after.decode(List.of(writtenAfter))).containsExactly(plain(ORDER));
  }

  @Test
  void aPayloadOfAKeyNoLongerConfiguredFailsNamingTheKey() {
    Payload writtenAfter = after.encode(List.of(plain(ORDER))).get(0);

    assertThatThrownBy(() -> before.decode(List.of(writtenAfter)))
        .isInstanceOf(PayloadCodecException.class)
        .hasMessageContaining("key k2")
        .hasMessageContaining("ORDER_SAGA_CODEC_KEYS");
  }

  @Test
  void aTamperedPayloadFailsToDecryptAndTheNextPayloadStillDecrypts() {
    Payload encrypted = before.encode(List.of(plain(ORDER))).get(0);
    byte[] data = encrypted.getData().toByteArray();
    data[data.length - 1] ^= 1;
    Payload tampered = encrypted.toBuilder().setData(ByteString.copyFrom(data)).build();

    assertThatThrownBy(() -> before.decode(List.of(tampered)))
        .isInstanceOf(PayloadCodecException.class)
        .hasMessageContaining("does not decrypt");
    assertThat(before.decode(List.of(encrypted))).containsExactly(plain(ORDER));
  }

  @Test
  void manyThreadsEncryptingAndDecryptingAtOnceEachGetTheirOwnPayloadBack() throws Exception {
    List<Callable<Boolean>> roundTrips = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      Payload original = plain(SampleOrders.single("o-" + i, "c-1", "SKU-1", 1, "tok_secret"));
      roundTrips.add(
          () -> {
            for (int round = 0; round < 50; round++) {
              Payload sealed = after.encode(List.of(original)).get(0);
              if (!after.decode(List.of(sealed)).get(0).equals(original)) {
                return false;
              }
            }
            return true;
          });
    }

    try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
      for (Future<Boolean> roundTrip : threads.invokeAll(roundTrips)) {
        assertThat(roundTrip.get()).isTrue();
      }
    }
  }

  @Test
  void encryptionAddsAtMostItsStatedOverhead() {
    EncryptionCodec longId =
        new EncryptionCodec(CodecKeys.parse("k".repeat(64) + ":" + TestKeys.key(3), null));
    Payload original = plain(ORDER);

    int added =
        longId.encode(List.of(original)).get(0).getSerializedSize() - original.getSerializedSize();

    assertThat(added).isPositive().isLessThanOrEqualTo(EncryptionCodec.MAX_OVERHEAD_BYTES);
  }

  @Test
  void payloadsWrittenBeforeEncryptionAreReadAsTheyAre() {
    Payload original = plain(ORDER);

    assertThat(before.decode(List.of(original))).containsExactly(original);
  }

  @Test
  void theEncryptingConverterReadsBackTheOrder() {
    DataConverter converter =
        PayloadEncryption.encrypted(
            DefaultDataConverter.STANDARD_INSTANCE, CodecKeys.parse(TestKeys.OLD, null));

    Payload stored = converter.toPayload(ORDER).orElseThrow();

    assertThat(stored.getData().toStringUtf8()).doesNotContain("Ada Lovelace");
    assertThat(converter.fromPayload(stored, OrderRequest.class, OrderRequest.class))
        .isEqualTo(ORDER);
  }

  private static Payload plain(Object value) {
    return DefaultDataConverter.STANDARD_INSTANCE.toPayload(value).orElseThrow();
  }
}
