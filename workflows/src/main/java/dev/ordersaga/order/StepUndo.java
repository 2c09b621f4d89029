package dev.ordersaga.order;

import dev.ordersaga.order.steps.StepCommand;
import java.util.function.BiConsumer;

/**
 * How a step is undone: the activity of its interface that undoes it, with the key {@code
 * {orderId}:{step}:undo}. Every undo is safe when its step never happened, and succeeds when it
 * finds nothing to undo.
 *
 * @param activities the step's activity interface
 * @param call the undo method, e.g. {@code InventoryActivities::release}
 * @param activityType its activity type, e.g. {@code Inventory.release}
 * @param action how it reads in the Web UI, e.g. {@code release the reserved stock}
 */
record StepUndo<T>(
    Class<T> activities, BiConsumer<T, StepCommand> call, String activityType, String action) {

  /** Runs the undo of {@code step} for {@code orderId} through {@code step}'s undo stub. */
  void run(Step step, String orderId) {
    call.accept(
        ActivityStubs.undo(activities, step), new StepCommand(orderId, step.undoKey(orderId)));
  }
}
