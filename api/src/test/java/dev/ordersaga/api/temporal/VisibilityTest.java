package dev.ordersaga.api.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import com.google.protobuf.Timestamp;
import dev.ordersaga.api.orders.OrderFilter;
import dev.ordersaga.api.orders.OrderPage;
import dev.ordersaga.order.OrderSearchAttributes;
import dev.ordersaga.order.OrderStatus;
import io.temporal.api.common.v1.Memo;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.workflow.v1.WorkflowExecutionInfo;
import io.temporal.api.workflowservice.v1.ListWorkflowExecutionsResponse;
import io.temporal.common.SearchAttributes;
import io.temporal.common.converter.DataConverter;
import io.temporal.internal.common.SearchAttributesUtil;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VisibilityTest {
  private static final DataConverter CONVERTER = DataConverter.getDefaultInstance();

  @Test
  void anEmptyFilterListsEveryOrderWorkflowNewestFirst() {
    OrderFilter filter = new OrderFilter(Optional.empty(), Optional.empty(), 20, Optional.empty());

    assertThat(Visibility.query(filter)).isEqualTo("WorkflowType = 'OrderWorkflow'");
  }

  @Test
  void statusAndCustomerBecomeSearchAttributeClauses() {
    OrderFilter filter =
        new OrderFilter(Optional.of(OrderStatus.PAID), Optional.of("c-42"), 5, Optional.empty());

    assertThat(Visibility.query(filter))
        .isEqualTo(
            "WorkflowType = 'OrderWorkflow' AND OrderStatus = 'PAID' AND CustomerId = 'c-42'");
  }

  @Test
  void quotesInAValueAreEscapedNeverInterpreted() {
    OrderFilter filter =
        new OrderFilter(Optional.empty(), Optional.of("x' OR '1'='1"), 5, Optional.empty());

    assertThat(Visibility.query(filter)).contains("CustomerId = 'x\\' OR \\'1\\'=\\'1'");
  }

  @Test
  void aListingBecomesSummariesFromSearchAttributesAndMemo() {
    WorkflowExecutionInfo info =
        WorkflowExecutionInfo.newBuilder()
            .setExecution(WorkflowExecution.newBuilder().setWorkflowId("order-o-1").setRunId("r"))
            .setStatus(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING)
            .setStartTime(Timestamp.newBuilder().setSeconds(1_735_732_800))
            .setSearchAttributes(
                SearchAttributesUtil.encodeTyped(
                    SearchAttributes.newBuilder()
                        .set(OrderSearchAttributes.ORDER_STATUS, "PAID")
                        .set(OrderSearchAttributes.CUSTOMER_ID, "c-42")
                        .build()))
            .setMemo(
                Memo.newBuilder()
                    .putFields(Visibility.MEMO_TOTAL, CONVERTER.toPayload("44.98").orElseThrow())
                    .putFields(Visibility.MEMO_CURRENCY, CONVERTER.toPayload("USD").orElseThrow()))
            .build();
    ListWorkflowExecutionsResponse response =
        ListWorkflowExecutionsResponse.newBuilder()
            .addExecutions(info)
            .setNextPageToken(ByteString.copyFromUtf8("next"))
            .build();

    OrderPage page = TemporalOrders.page(response, CONVERTER);

    assertThat(page.orders())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.orderId()).isEqualTo("o-1");
              assertThat(o.status()).isEqualTo("PAID");
              assertThat(o.customerId()).isEqualTo("c-42");
              assertThat(o.total()).isEqualTo("44.98");
              assertThat(o.currency()).isEqualTo("USD");
              assertThat(o.execution()).isEqualTo("RUNNING");
              assertThat(o.closedAt()).isNull();
            });
    assertThat(page.nextPageToken()).isEqualTo("bmV4dA");
  }

  @Test
  void theLastPageHasNoToken() {
    OrderPage page =
        TemporalOrders.page(ListWorkflowExecutionsResponse.getDefaultInstance(), CONVERTER);

    assertThat(page.orders()).isEmpty();
    assertThat(page.nextPageToken()).isNull();
  }
}
