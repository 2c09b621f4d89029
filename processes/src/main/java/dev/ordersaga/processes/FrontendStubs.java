package dev.ordersaga.processes;

import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;

/** gRPC stubs of a Temporal frontend, created on first use and shut down by {@link #close}. */
final class FrontendStubs implements AutoCloseable {
  private final String address;
  private WorkflowServiceStubs stubs;

  FrontendStubs(String address) {
    this.address = address;
  }

  synchronized WorkflowServiceStubs get() {
    if (stubs == null) {
      stubs =
          WorkflowServiceStubs.newServiceStubs(
              WorkflowServiceStubsOptions.newBuilder().setTarget(address).build());
    }
    return stubs;
  }

  @Override
  public synchronized void close() {
    if (stubs != null) {
      stubs.shutdownNow();
    }
  }
}
