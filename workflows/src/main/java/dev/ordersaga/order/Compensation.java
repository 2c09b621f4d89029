package dev.ordersaga.order;

/** The undo of one step, registered before the step runs. */
record Compensation(Step step, Runnable action) {}
