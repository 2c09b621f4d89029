package dev.ordersaga.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.OrderSearchAttributes;
import dev.ordersaga.order.TaskQueues;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.common.SearchAttributes;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.testserver.TestServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class InProcessTemporalTest {

  @Test
  void fallbackServerAcceptsOrdersCarryingTheOrderSearchAttributes() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    try (TestServer.PortBoundTestServer server = InProcessTemporal.start(port)) {
      WorkflowServiceStubs service =
          WorkflowServiceStubs.newServiceStubs(
              WorkflowServiceStubsOptions.newBuilder().setTarget("127.0.0.1:" + port).build());
      try {
        WorkflowStub order =
            WorkflowClient.newInstance(service)
                .newUntypedWorkflowStub(
                    "OrderWorkflow",
                    WorkflowOptions.newBuilder()
                        .setWorkflowId("order-fallback-1")
                        .setTaskQueue(TaskQueues.ORDERS)
                        .setTypedSearchAttributes(
                            SearchAttributes.newBuilder()
                                .set(OrderSearchAttributes.ORDER_STATUS, "PENDING")
                                .set(OrderSearchAttributes.CUSTOMER_ID, "c-42")
                                .set(OrderSearchAttributes.ORDER_TOTAL, 44.98)
                                .build())
                        .build());
        order.start();

        SearchAttributes stored = order.describe().getTypedSearchAttributes();
        assertThat(stored.get(OrderSearchAttributes.CUSTOMER_ID)).isEqualTo("c-42");
        assertThat(stored.get(OrderSearchAttributes.ORDER_TOTAL)).isEqualTo(44.98);
      } finally {
        service.shutdownNow();
      }
    }
  }
}
