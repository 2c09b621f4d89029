package dev.ordersaga.bench;

import dev.ordersaga.bench.report.VariantComparison;
import dev.ordersaga.bench.report.VariantRound;
import dev.ordersaga.bench.stack.BenchStack;
import dev.ordersaga.processes.Http;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A phase that measures one switch of the stack, on ({@code subject}) beside off ({@code
 * baseline}), in the same run: rounds of {@link SideBySide} in the order given. Before each round,
 * on a quiet stack, the switch is set for the round's variant; setting it restarts what it changes,
 * so every round measures fresh JVMs and new orders of its own.
 *
 * @param phase the phase's name in the log, e.g. {@code codec}
 * @param subject the variant with the switch on, e.g. {@code encrypted}
 * @param baseline the variant with it off, e.g. {@code plain}
 * @param turn sets the switch on ({@code true}) or off on the stack
 */
record VariantPhase(String phase, String subject, String baseline, Consumer<Boolean> turn) {
  private static final Logger log = LoggerFactory.getLogger(VariantPhase.class);

  /**
   * {@code rounds} rounds alternating from {@code subject}: with an odd count the baseline's rounds
   * sit in the middle of the subject's, so a drift over the phase (a growing database, a busier
   * machine) moves both variants' means alike.
   */
  static List<String> alternating(String subject, String baseline, int rounds) {
    List<String> order = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      order.add(i % 2 == 0 ? subject : baseline);
    }
    return List.copyOf(order);
  }

  /**
   * Runs {@code rounds} (each {@link #subject} or {@link #baseline}) and compares them; the switch
   * is left as the last round set it.
   *
   * @throws IllegalArgumentException when a round names neither variant, or either has no round
   */
  VariantComparison run(List<String> rounds, BenchStack stack, BenchSettings settings, Http http) {
    for (String variant : rounds) {
      if (!variant.equals(subject) && !variant.equals(baseline)) {
        throw new IllegalArgumentException(
            phase + " round " + variant + " is neither " + subject + " nor " + baseline);
      }
    }
    List<VariantRound> measured = new ArrayList<>();
    for (String variant : rounds) {
      FrontDoorPhase.awaitQuiet(stack, Duration.ofMinutes(1));
      turn.accept(variant.equals(subject));
      VariantRound round = SideBySide.round(variant, stack, settings, http);
      log.info("{} round {}: {}", phase, variant, round);
      measured.add(round);
    }
    return VariantComparison.of(subject, baseline, measured);
  }
}
