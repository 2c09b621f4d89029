package dev.ordersaga.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The verdict after faults (the chaos soak's, the cluster's), read from the sandbox's books ({@code
 * GET /admin/state}) and each order's final status: every order terminal; each effect at most once
 * per order and exactly once for a completed one; nothing charged, reserved, sold or shipped kept
 * by an order that did not complete; the SKU's stock balanced; one workflow per idempotency key.
 *
 * @param statuses each order's final status ({@code COMPLETED}, {@code FAILED}, {@code CANCELLED},
 *     or anything else for an order that did not end)
 */
record ChaosBooks(
    JsonNode state,
    Map<String, String> statuses,
    String sku,
    long initialStock,
    int keys,
    long workflows) {
  private static final Set<String> TERMINAL = Set.of("COMPLETED", "FAILED", "CANCELLED");

  /** Every broken rule, one line each; empty when the books are right. */
  List<String> violations() {
    List<String> broken = new ArrayList<>();
    Downstream downstream = new Downstream(state);
    statuses.forEach(
        (orderId, status) -> {
          if (!TERMINAL.contains(status)) {
            broken.add(orderId + " did not end: " + status);
          }
          state
              .path("effects")
              .path(orderId)
              .properties()
              .forEach(
                  effect -> {
                    if (effect.getValue().asLong() > 1) {
                      broken.add(orderId + " " + effect.getKey() + " " + effect.getValue() + "x");
                    }
                  });
          if (status.equals("COMPLETED")) {
            for (String effect : Downstream.COMPLETED_ONCE) {
              if (downstream.effects(orderId, effect) != 1) {
                broken.add(orderId + " COMPLETED without exactly one " + effect);
              }
            }
          } else {
            kept(orderId, status, downstream).forEach(broken::add);
          }
        });
    long available = downstream.stock(sku, "available");
    long reserved = downstream.stock(sku, "reserved");
    long sold = downstream.stock(sku, "sold");
    if (available + reserved + sold != initialStock || reserved != 0 || sold != completed()) {
      broken.add(
          "stock of %s: available %d + reserved %d + sold %d, started with %d, %d orders completed"
              .formatted(sku, available, reserved, sold, initialStock, completed()));
    }
    if (workflows != keys || statuses.size() != keys) {
      broken.add(
          "%d idempotency keys, %d orders, %d workflows"
              .formatted(keys, statuses.size(), workflows));
    }
    return broken;
  }

  long completed() {
    return count("COMPLETED");
  }

  long count(String status) {
    return statuses.values().stream().filter(status::equals).count();
  }

  /** One line with every figure. */
  String summary(String chaos) {
    List<String> broken = violations();
    Downstream downstream = new Downstream(state);
    return ("chaos %s: orders %d: completed %d, failed %d, cancelled %d, not ended %d; effects twice %d;"
            + " kept by unfinished orders %d; stock %s available %d reserved %d sold %d of %d;"
            + " keys %d, workflows %d; %s; %s")
        .formatted(
            broken.isEmpty() ? "PASSED" : "FAILED",
            statuses.size(),
            completed(),
            count("FAILED"),
            count("CANCELLED"),
            statuses.size() - count("COMPLETED") - count("FAILED") - count("CANCELLED"),
            broken.stream().filter(line -> line.endsWith("x")).count(),
            broken.stream().filter(line -> line.contains(" keeps ")).count(),
            sku,
            downstream.stock(sku, "available"),
            downstream.stock(sku, "reserved"),
            downstream.stock(sku, "sold"),
            initialStock,
            keys,
            workflows,
            chaos,
            broken.isEmpty() ? "books right" : broken.size() + " rules broken");
  }

  private static List<String> kept(String orderId, String status, Downstream downstream) {
    List<String> kept = new ArrayList<>();
    String payment = downstream.paymentStatus(orderId);
    if ("SUCCEEDED".equals(payment) || "PENDING".equals(payment)) {
      kept.add(orderId + " " + status + " keeps a payment " + payment);
    }
    if (downstream.effects(orderId, "stock.reserve") > 0
        && downstream.effects(orderId, "stock.release") == 0
        && downstream.effects(orderId, "stock.commit") == 0) {
      kept.add(orderId + " " + status + " keeps a reservation");
    }
    if (downstream.effects(orderId, "stock.commit") > 0
        && downstream.effects(orderId, "stock.restock") == 0) {
      kept.add(orderId + " " + status + " keeps sold stock");
    }
    if (downstream.effects(orderId, "shipment.create") > 0
        && downstream.effects(orderId, "shipment.cancel") == 0) {
      kept.add(orderId + " " + status + " keeps a shipment");
    }
    return kept;
  }
}
