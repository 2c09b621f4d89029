package dev.ordersaga.sandbox.idempotency;

import dev.ordersaga.sandbox.store.Effect;
import java.util.Objects;

/**
 * The side a request takes in one order's compensatable step, named by the step's forward effect:
 * {@code record.open}, {@code stock.reserve}, {@code stock.commit}, {@code payment.charge} or
 * {@code shipment.create}.
 *
 * <p>An undo of the step leaves a fence for (order, step); a forward request of that step arriving
 * after it, first call or replay of a recorded answer, is refused with {@code 409 AlreadyUndone}
 * and has no effect. Forward and undo of the same (order, step) are serialized, so there is no
 * window between checking the fence and applying the effect.
 *
 * @param orderId the order the request acts on
 * @param step the step's forward effect
 * @param undo true for the step's undo, false for its forward request
 */
public record Fence(String orderId, Effect step, boolean undo) {
  public Fence {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(step, "step");
  }

  /** The forward request of {@code step} for {@code orderId}: refused once the step is undone. */
  public static Fence forward(String orderId, Effect step) {
    return new Fence(orderId, step, false);
  }

  /** The undo of {@code step} for {@code orderId}: fences the step's later forward requests. */
  public static Fence undo(String orderId, Effect step) {
    return new Fence(orderId, step, true);
  }

  /** The lock name shared by the forward request and the undo of this step of this order. */
  String lockName() {
    return step.wireName() + '\n' + orderId;
  }
}
