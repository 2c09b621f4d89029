package dev.ordersaga.bench.floor;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * The engine's floor: a bare workflow running one activity per step of a happy-path order, on the
 * same task queues, each doing nothing. No ledger, no search attributes, no compensation.
 */
@WorkflowInterface
public interface FloorWorkflow {
  /** Runs one no-op activity per step, in step order, and answers {@code id}. */
  @WorkflowMethod(name = "FloorWorkflow")
  String run(String id);
}
