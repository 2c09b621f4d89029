package dev.ordersaga.activities.records;

import dev.ordersaga.order.LineItem;
import dev.ordersaga.order.steps.OpenRecordCommand;
import java.util.List;

/** The body of {@code POST /records/{orderId}/open}; money as decimal strings. */
record OpenRecordBody(String customerId, String currency, String total, List<Item> items) {

  record Item(String sku, int quantity, String unitPrice) {
    static Item of(LineItem line) {
      return new Item(line.sku(), line.quantity(), line.unitPrice().toPlainString());
    }
  }

  static OpenRecordBody of(OpenRecordCommand command) {
    return new OpenRecordBody(
        command.customerId(),
        command.currency(),
        command.total().toPlainString(),
        command.items().stream().map(Item::of).toList());
  }
}
