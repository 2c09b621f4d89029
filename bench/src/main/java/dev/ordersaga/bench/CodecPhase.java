package dev.ordersaga.bench;

import dev.ordersaga.bench.report.VariantComparison;
import dev.ordersaga.bench.stack.BenchStack;
import dev.ordersaga.processes.Http;
import dev.ordersaga.processes.StackCodec;
import java.util.List;

/**
 * The payload codec's cost: a {@link VariantPhase} of payloads encrypted beside payloads stored
 * plain ({@code ORDER_SAGA_CODEC=off}), in the order of {@link BenchSettings#codecRounds()}. Before
 * each round the API, the saga's workers and the driver's client are restarted with the round's
 * encoding ({@link BenchStack#useEncryption}); after the last, the stack runs as {@link
 * StackCodec#encryptsByDefault()} says again.
 */
final class CodecPhase {
  static final String ENCRYPTED = "encrypted";
  static final String PLAIN = "plain";

  private CodecPhase() {}

  /** {@link VariantPhase#alternating} from {@code encrypted}. */
  static List<String> alternating(int rounds) {
    return VariantPhase.alternating(ENCRYPTED, PLAIN, rounds);
  }

  static VariantComparison run(BenchStack stack, BenchSettings settings, Http http) {
    VariantComparison codec =
        new VariantPhase("codec", ENCRYPTED, PLAIN, stack::useEncryption)
            .run(settings.codecRounds(), stack, settings, http);
    if (stack.encrypted() != StackCodec.encryptsByDefault()) {
      stack.useEncryption(StackCodec.encryptsByDefault());
    }
    return codec;
  }
}
