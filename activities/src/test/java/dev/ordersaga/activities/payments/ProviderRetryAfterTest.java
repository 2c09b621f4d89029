package dev.ordersaga.activities.payments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.activities.testing.Answers;
import dev.ordersaga.activities.testing.Orders;
import dev.ordersaga.activities.testing.TestHttp;
import dev.ordersaga.order.FakeSteps;
import dev.ordersaga.order.OrderIds;
import dev.ordersaga.order.OrderLedger;
import dev.ordersaga.order.OrderSearchAttributes;
import dev.ordersaga.order.OrderStatus;
import dev.ordersaga.order.OrderWorkflow;
import dev.ordersaga.order.OrderWorkflowImpl;
import dev.ordersaga.order.StepScript;
import dev.ordersaga.order.TaskQueues;
import dev.ordersaga.order.policy.StepPolicies;
import dev.ordersaga.order.steps.ActivityTypes;
import dev.ordersaga.order.steps.PaymentActivities;
import dev.ordersaga.order.steps.PaymentCommand;
import dev.ordersaga.order.steps.PaymentQuery;
import dev.ordersaga.order.steps.PaymentRequested;
import dev.ordersaga.order.steps.PaymentSnapshot;
import dev.ordersaga.order.steps.PaymentState;
import dev.ordersaga.order.steps.PaymentStatusActivities;
import dev.ordersaga.order.steps.StepCommand;
import io.temporal.activity.Activity;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A payment provider that answers {@code 503} with {@code Retry-After: 0}, then {@code 1}, then an
 * HTTP date in the past, then succeeds: the real {@link PaymentsClient} runs in a time-skipping
 * Temporal under the default policies, and its attempts must follow the policy's backoff (1 s, 2 s,
 * 4 s) whatever the header says, forward and undo alike.
 */
class ProviderRetryAfterTest {
  private static final String PAST = "Wed, 21 Oct 2015 07:28:00 GMT";
  private static final String PAYMENT = "{\"paymentId\":\"pay-1\",\"status\":\"PENDING\"}";

  @StartStop private final MockWebServer provider = new MockWebServer();
  private final TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance();
  private final StepScript script = new StepScript(env::currentTimeMillis);
  private TimedPayments payments;

  @AfterEach
  void stop() {
    env.close();
  }

  @Test
  void aPaymentRequestKeepsTheBackoffOfItsPolicyWhateverRetryAfterSays() {
    answer(request -> outage(Answers.json(201, PAYMENT)));

    OrderLedger ledger = run("ra-1", PaymentState.SUCCEEDED);

    assertThat(ledger.status()).isEqualTo(OrderStatus.COMPLETED);
    assertGrowingGaps(payments.attemptsOf(ActivityTypes.REQUEST_PAYMENT));
  }

  @Test
  void aRefundKeepsTheBackoffOfItsPolicyWhateverRetryAfterSays() {
    answer(
        request ->
            request.getUrl().encodedPath().endsWith("/refund")
                ? outage(Answers.json(200, "{\"state\":\"VOIDED\"}"))
                : Answers.json(201, PAYMENT));

    OrderLedger ledger = run("ra-2", PaymentState.DECLINED);

    assertThat(ledger.status()).isEqualTo(OrderStatus.FAILED);
    assertGrowingGaps(payments.attemptsOf(ActivityTypes.REFUND_PAYMENT));
  }

  /** The answer to the current attempt: three kinds of "retry now", then {@code recovered}. */
  private MockResponse outage(MockResponse recovered) {
    return switch (payments.attempt) {
      case 1 -> Answers.unavailable("0");
      case 2 -> Answers.unavailable("1");
      case 3 -> Answers.unavailable(PAST);
      default -> recovered;
    };
  }

  private static void assertGrowingGaps(List<Long> attemptsAt) {
    assertThat(attemptsAt).as("attempts").hasSize(4);
    List<Long> gaps = new ArrayList<>();
    for (int i = 1; i < attemptsAt.size(); i++) {
      gaps.add(attemptsAt.get(i) - attemptsAt.get(i - 1));
    }
    assertThat(gaps.get(0)).as("gaps (ms) %s", gaps).isBetween(900L, 1_500L);
    assertThat(gaps.get(1)).as("gaps (ms) %s", gaps).isBetween(1_900L, 2_500L);
    assertThat(gaps.get(2)).as("gaps (ms) %s", gaps).isBetween(3_900L, 4_500L);
  }

  private void answer(Function<RecordedRequest, MockResponse> answers) {
    provider.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return answers.apply(request);
          }
        });
  }

  private OrderLedger run(String orderId, PaymentState settlesAs) {
    payments = new TimedPayments();
    OrderSearchAttributes.ALL.forEach(
        key -> env.registerSearchAttribute(key.getName(), key.getValueType()));
    env.newWorker(TaskQueues.ORDERS)
        .registerWorkflowImplementationTypes(
            StepPolicies.defaults().workflowImplementationOptions(), OrderWorkflowImpl.class);
    FakeSteps.register(env, script, payments, new SettlesAs(settlesAs));
    env.start();
    OrderWorkflow order =
        env.getWorkflowClient()
            .newWorkflowStub(
                OrderWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setWorkflowId(OrderIds.workflowId(orderId))
                    .setTaskQueue(TaskQueues.ORDERS)
                    .build());
    WorkflowClient.start(order::place, Orders.order(orderId));
    return WorkflowStub.fromTyped(order).getResult(OrderLedger.class);
  }

  /**
   * The real payments client, noting when (in test time) each attempt began, and which attempt the
   * provider is answering.
   */
  private final class TimedPayments implements PaymentActivities {
    private final PaymentsClient client = new PaymentsClient(TestHttp.against(provider));
    private final List<String> types = new ArrayList<>();
    private final List<Long> startedAt = new ArrayList<>();
    volatile int attempt;

    @Override
    public PaymentRequested request(PaymentCommand command) {
      begin(ActivityTypes.REQUEST_PAYMENT);
      return client.request(command);
    }

    @Override
    public void refund(StepCommand command) {
      begin(ActivityTypes.REFUND_PAYMENT);
      client.refund(command);
    }

    private synchronized void begin(String type) {
      attempt = Activity.getExecutionContext().getInfo().getAttempt();
      types.add(type);
      startedAt.add(env.currentTimeMillis());
    }

    synchronized List<Long> attemptsOf(String type) {
      List<Long> times = new ArrayList<>();
      for (int i = 0; i < types.size(); i++) {
        if (types.get(i).equals(type)) {
          times.add(startedAt.get(i));
        }
      }
      return times;
    }
  }

  /** The payment's long poll, settling at once as {@code state}. */
  private record SettlesAs(PaymentState state) implements PaymentStatusActivities {
    @Override
    public PaymentSnapshot await(PaymentQuery query) {
      return new PaymentSnapshot(query.paymentId(), state, null);
    }

    @Override
    public PaymentSnapshot check(PaymentQuery query) {
      return await(query);
    }
  }
}
