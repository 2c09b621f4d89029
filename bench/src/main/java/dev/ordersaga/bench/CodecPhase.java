package dev.ordersaga.bench;

import dev.ordersaga.bench.report.VariantComparison;
import dev.ordersaga.bench.report.VariantRound;
import dev.ordersaga.bench.stack.BenchStack;
import dev.ordersaga.processes.Http;
import dev.ordersaga.processes.StackCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The payload codec's cost: rounds of {@link SideBySide} alternating between payloads encrypted and
 * payloads stored plain ({@code ORDER_SAGA_CODEC=off}), in the order of {@link
 * BenchSettings#codecRounds()}. Before each round the API, the saga's workers and the driver's
 * client are restarted with the round's encoding on a quiet stack ({@link
 * BenchStack#useEncryption}), so every round measures fresh JVMs and new orders of its own; after
 * the last, the stack runs as {@link StackCodec#encryptsByDefault()} says again.
 */
final class CodecPhase {
  static final String ENCRYPTED = "encrypted";
  static final String PLAIN = "plain";
  private static final Logger log = LoggerFactory.getLogger(CodecPhase.class);

  private CodecPhase() {}

  /**
   * {@code rounds} rounds alternating from {@code encrypted}: with an odd count the plain rounds
   * sit in the middle of the encrypted ones, so a drift over the phase (a growing database, a
   * busier machine) moves both variants' means alike.
   */
  static List<String> alternating(int rounds) {
    List<String> order = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      order.add(i % 2 == 0 ? ENCRYPTED : PLAIN);
    }
    return List.copyOf(order);
  }

  static VariantComparison run(BenchStack stack, BenchSettings settings, Http http) {
    List<VariantRound> rounds = new ArrayList<>();
    for (String variant : settings.codecRounds()) {
      FrontDoorPhase.awaitQuiet(stack, Duration.ofMinutes(1));
      stack.useEncryption(variant.equals(ENCRYPTED));
      VariantRound round = SideBySide.round(variant, stack, settings, http);
      log.info("codec round {}: {}", variant, round);
      rounds.add(round);
    }
    if (stack.encrypted() != StackCodec.encryptsByDefault()) {
      stack.useEncryption(StackCodec.encryptsByDefault());
    }
    return VariantComparison.of(ENCRYPTED, PLAIN, rounds);
  }
}
