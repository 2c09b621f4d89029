package dev.ordersaga.devserver;

import dev.ordersaga.order.OrderSearchAttributes;
import io.temporal.api.operatorservice.v1.AddSearchAttributesRequest;
import io.temporal.common.SearchAttributeKey;
import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.serviceclient.OperatorServiceStubsOptions;
import io.temporal.testserver.TestServer;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fallback when the {@code temporal} CLI cannot be installed: the Java SDK's in-process test
 * server listening on a port (real time, no time skipping, in memory: nothing survives a restart),
 * with the order search attributes registered. It has no Web UI and does not implement reset,
 * activity pause, task-queue stats or batch operations: those need the dev server. Usage: {@code
 * java -jar order-saga-devserver.jar [port]} (default 7233).
 */
public final class InProcessTemporal {
  private static final Logger log = LoggerFactory.getLogger(InProcessTemporal.class);

  private InProcessTemporal() {}

  public static void main(String[] args) throws InterruptedException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 7233;
    TestServer.PortBoundTestServer server = start(port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                }));
    log.warn(
        "in-process Temporal test server on 127.0.0.1:{}: in memory, no Web UI, no reset, activity"
            + " pause or batch operations; install the temporal CLI for those",
        port);
    stopped.await();
  }

  /** Starts the server on {@code port} and registers the order search attributes. */
  static TestServer.PortBoundTestServer start(int port) {
    TestServer.PortBoundTestServer server = TestServer.createPortBoundServer(port, true);
    OperatorServiceStubs operator =
        OperatorServiceStubs.newServiceStubs(
            OperatorServiceStubsOptions.newBuilder()
                .setTarget("127.0.0.1:" + port)
                .validateAndBuildWithDefaults());
    try {
      operator
          .blockingStub()
          .addSearchAttributes(
              AddSearchAttributesRequest.newBuilder()
                  .setNamespace("default")
                  .putAllSearchAttributes(
                      OrderSearchAttributes.ALL.stream()
                          .collect(
                              Collectors.toMap(
                                  SearchAttributeKey::getName, SearchAttributeKey::getValueType)))
                  .build());
    } finally {
      operator.shutdownNow();
    }
    return server;
  }
}
