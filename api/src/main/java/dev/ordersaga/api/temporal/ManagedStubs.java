package dev.ordersaga.api.temporal;

import io.dropwizard.lifecycle.Managed;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.util.concurrent.TimeUnit;

/** Closes the gRPC connection to Temporal when the application stops. */
final class ManagedStubs implements Managed {
  private final WorkflowServiceStubs stubs;

  ManagedStubs(WorkflowServiceStubs stubs) {
    this.stubs = stubs;
  }

  @Override
  public void stop() throws InterruptedException {
    stubs.shutdown();
    stubs.awaitTermination(5, TimeUnit.SECONDS);
  }
}
