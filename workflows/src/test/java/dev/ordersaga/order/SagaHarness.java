package dev.ordersaga.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordersaga.order.policy.StepPolicies;
import dev.ordersaga.order.samples.SampleOrders;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.enums.v1.PendingActivityState;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.workflow.v1.PendingActivityInfo;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.common.SearchAttributes;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * An in-memory, time-skipping Temporal with the order workflow on {@code orders} and one fake
 * downstream system per step queue, each registered on its own queue only.
 */
final class SagaHarness implements AutoCloseable {
  private final TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance();
  final StepScript script = new StepScript(env::currentTimeMillis);

  SagaHarness(StepPolicies policies) {
    OrderSearchAttributes.ALL.forEach(
        key -> env.registerSearchAttribute(key.getName(), key.getValueType()));
    env.newWorker(TaskQueues.ORDERS)
        .registerWorkflowImplementationTypes(
            policies.workflowImplementationOptions(), OrderWorkflowImpl.class);
    FakeSteps.register(env, script);
    env.start();
  }

  SagaHarness() {
    this(StepPolicies.defaults());
  }

  static OrderRequest order(String orderId) {
    return SampleOrders.of(
        orderId,
        "c-42",
        "tok_ok",
        List.of(
            new LineItem("SKU-1", 2, new BigDecimal("19.99")),
            new LineItem("SKU-2", 1, new BigDecimal("5.00"))));
  }

  /** Starts an order without search attributes and returns its typed stub. */
  OrderWorkflow start(OrderRequest order) {
    return start(order, SearchAttributes.EMPTY);
  }

  /** Starts an order with the search attributes the API starts it with. */
  OrderWorkflow startAsTheApiDoes(OrderRequest order) {
    return start(order, OrderSearchAttributes.atStart(order, OrderStatus.PENDING));
  }

  private OrderWorkflow start(OrderRequest order, SearchAttributes attributes) {
    OrderWorkflow workflow =
        client()
            .newWorkflowStub(
                OrderWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setWorkflowId(OrderIds.workflowId(order.orderId()))
                    .setTaskQueue(TaskQueues.ORDERS)
                    .setTypedSearchAttributes(attributes)
                    .build());
    WorkflowClient.start(workflow::place, order);
    return workflow;
  }

  /** The events of type {@code type} in the order's history so far. */
  long events(String orderId, EventType type) {
    return client().fetchHistory(OrderIds.workflowId(orderId)).getEvents().stream()
        .filter(event -> event.getEventType() == type)
        .count();
  }

  /** The {@code OrderStatus} values the order's history upserted so far, oldest first. */
  List<String> upsertedStatuses(String orderId) {
    return client().fetchHistory(OrderIds.workflowId(orderId)).getEvents().stream()
        .filter(HistoryEvent::hasUpsertWorkflowSearchAttributesEventAttributes)
        .map(
            event ->
                event
                    .getUpsertWorkflowSearchAttributesEventAttributes()
                    .getSearchAttributes()
                    .getIndexedFieldsMap()
                    .get(OrderSearchAttributes.ORDER_STATUS.getName()))
        .filter(Objects::nonNull)
        .map(
            payload ->
                DefaultDataConverter.STANDARD_INSTANCE.fromPayload(
                    payload, String.class, String.class))
        .toList();
  }

  /** Runs an order to its end (time skipping) and returns the final ledger. */
  OrderLedger run(OrderRequest order) {
    OrderWorkflow workflow = start(order);
    return result(workflow);
  }

  OrderLedger result(OrderWorkflow workflow) {
    return WorkflowStub.fromTyped(workflow).getResult(OrderLedger.class);
  }

  /**
   * Queries until the ledger matches, letting workflow time pass a little between queries.
   *
   * @throws AssertionError when it does not within a few minutes of workflow time
   */
  OrderLedger awaitLedger(OrderWorkflow workflow, Predicate<OrderLedger> condition) {
    OrderLedger ledger = workflow.status();
    for (int i = 0; i < 200 && !condition.test(ledger); i++) {
      env.sleep(Duration.ofSeconds(2));
      ledger = workflow.status();
    }
    if (!condition.test(ledger)) {
      throw new AssertionError("ledger never matched; last: " + ledger);
    }
    return ledger;
  }

  /**
   * Waits until no activity of the order is scheduled and not yet started: every call the workflow
   * asked for so far has reached its fake.
   *
   * @throws AssertionError when one is still waiting for a worker after {@code timeout}
   */
  void awaitEveryScheduledActivityStarted(String orderId, Duration timeout) {
    DescribeWorkflowExecutionRequest request =
        DescribeWorkflowExecutionRequest.newBuilder()
            .setNamespace(client().getOptions().getNamespace())
            .setExecution(
                WorkflowExecution.newBuilder().setWorkflowId(OrderIds.workflowId(orderId)))
            .build();
    long deadline = System.nanoTime() + timeout.toNanos();
    List<PendingActivityInfo> waiting;
    do {
      waiting =
          client()
              .getWorkflowServiceStubs()
              .blockingStub()
              .describeWorkflowExecution(request)
              .getPendingActivitiesList()
              .stream()
              .filter(a -> a.getState() == PendingActivityState.PENDING_ACTIVITY_STATE_SCHEDULED)
              .toList();
    } while (!waiting.isEmpty() && System.nanoTime() < deadline && pause());
    if (!waiting.isEmpty()) {
      throw new AssertionError("activities never started within " + timeout + ": " + waiting);
    }
  }

  private static boolean pause() {
    try {
      Thread.sleep(20);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The search attributes the order {@code orderId} publishes now. */
  SearchAttributes searchAttributes(String orderId) {
    return client()
        .newUntypedWorkflowStub(OrderIds.workflowId(orderId))
        .describe()
        .getTypedSearchAttributes();
  }

  /** Asserts that {@code update} is refused with {@link OrderFailureTypes#UPDATE_REFUSED}. */
  static void assertRefused(ThrowingCallable update) {
    assertThatThrownBy(update)
        .isInstanceOf(WorkflowUpdateException.class)
        .cause()
        .isInstanceOfSatisfying(
            ApplicationFailure.class,
            failure -> assertThat(failure.getType()).isEqualTo(OrderFailureTypes.UPDATE_REFUSED));
  }

  WorkflowClient client() {
    return env.getWorkflowClient();
  }

  TestWorkflowEnvironment env() {
    return env;
  }

  @Override
  public void close() {
    env.close();
  }
}
