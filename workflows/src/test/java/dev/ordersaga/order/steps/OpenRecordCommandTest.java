package dev.ordersaga.order.steps;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.samples.SampleOrders;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OpenRecordCommandTest {
  private static final DataConverter JSON = DefaultDataConverter.STANDARD_INSTANCE;

  record Former(OrderRequest order, String idempotencyKey) {}

  @Test
  void aCommandScheduledBeforeTheAddressAndTokenWereLeftOutStillReads() {
    Payload former =
        JSON.toPayload(
                new Former(SampleOrders.single("o-1", "c-1", "SKU-1", 2, "tok_ok"), "o-1:open"))
            .orElseThrow();

    OpenRecordCommand read =
        JSON.fromPayload(former, OpenRecordCommand.class, OpenRecordCommand.class);

    assertThat(read.orderId()).isEqualTo("o-1");
    assertThat(read.customerId()).isEqualTo("c-1");
    assertThat(read.idempotencyKey()).isEqualTo("o-1:open");
    assertThat(read.total()).isEqualByComparingTo(new BigDecimal("39.98"));
  }

  @Test
  void aCommandReadsBackAsWritten() {
    OpenRecordCommand command =
        OpenRecordCommand.of(SampleOrders.single("o-2", "c-2", "SKU-2", 1, "tok_ok"), "o-2:open");
    Payload written = JSON.toPayload(command).orElseThrow();

    assertThat(JSON.fromPayload(written, OpenRecordCommand.class, OpenRecordCommand.class))
        .isEqualTo(command);
    assertThat(written.getData().toStringUtf8()).doesNotContain("Ada Lovelace", "tok_ok");
  }
}
