package dev.ordersaga.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.samples.SampleOrders;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DefaultDataConverter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What encrypting and decrypting one order's input costs on this machine's CPU, logged; an order
 * writes about 20 payloads, so the codec's share of a saga is this times 20.
 */
class EncryptionCostTest {
  private static final Logger log = LoggerFactory.getLogger(EncryptionCostTest.class);
  private static final int ROUNDS = 20_000;

  @Test
  void encryptingAndDecryptingAnOrderTakesMicroseconds() {
    EncryptionCodec codec = new EncryptionCodec(CodecKeys.parse(TestKeys.OLD, null));
    List<Payload> order =
        List.of(
            DefaultDataConverter.STANDARD_INSTANCE
                .toPayload(SampleOrders.single("o-cost", "c-1", "SKU-1", 2, "tok_ok"))
                .orElseThrow());
    roundTrips(codec, order, ROUNDS);

    long started = System.nanoTime();
    roundTrips(codec, order, ROUNDS);
    double micros = (System.nanoTime() - started) / 1_000.0 / ROUNDS;

    log.info(
        "encrypt + decrypt of one order input ({} bytes): {} µs",
        order.get(0).getSerializedSize(),
        String.format("%.1f", micros));
    assertThat(micros).isLessThan(1_000);
  }

  private static void roundTrips(EncryptionCodec codec, List<Payload> payloads, int rounds) {
    for (int i = 0; i < rounds; i++) {
      assertThat(codec.decode(codec.encode(payloads))).hasSize(1);
    }
  }
}
