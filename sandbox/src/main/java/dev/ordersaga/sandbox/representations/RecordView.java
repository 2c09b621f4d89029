package dev.ordersaga.sandbox.representations;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;

/**
 * An order record as {@code GET /records/{orderId}} answers it.
 *
 * @param state {@code OPEN}, {@code COMPLETED} or {@code CANCELLED}
 */
public record RecordView(
    String orderId,
    String state,
    String customerId,
    String currency,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total,
    List<RecordItem> items) {
  public RecordView {
    items = List.copyOf(items);
  }
}
