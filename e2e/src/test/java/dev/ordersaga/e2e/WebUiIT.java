package dev.ordersaga.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.order.OrderIds;
import dev.ordersaga.order.OrderRequest;
import dev.ordersaga.order.OrderStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Temporal Web UI, opened in headless Chromium: one completed order's page (its input, stored
 * encrypted, shown decoded through the stack's codec server), and the workflow list filtered by a
 * search attribute. The screenshot is kept as {@code target/webui/order-*.png}.
 */
class WebUiIT {
  private static final Path SCREENSHOTS = Path.of("target", "webui");
  @AutoClose private static Stack stack;
  private static OrderRequest order;
  private static HeadlessChromium chromium;

  @BeforeAll
  static void up() {
    stack =
        new Stack(
            "webui",
            Duration.ofMillis(500),
            Duration.ofSeconds(60),
            "e2e-worker.yml",
            true,
            Map.of());
    chromium = new HeadlessChromium(stack.dir);
    order = Orders.forCustomer("c-webui", "tok_ok");
    assertThat(stack.runToEnd(order, Duration.ofSeconds(60)).status())
        .isEqualTo(OrderStatus.COMPLETED);
  }

  @Test
  void orderPageShowsTheCompletedOrderAndItsLedger() {
    String dom = orderPage("");

    assertThat(dom).contains(workflowId(), "OrderWorkflow", "COMPLETED", "c-webui");
  }

  @Test
  void orderPageShowsTheInputDecodedThroughTheCodecServer() {
    String dom = orderPage("-decoded");

    assertThat(dom)
        .contains(
            order.shippingAddress().name(),
            order.shippingAddress().line1(),
            order.shippingAddress().postalCode());
  }

  @Test
  void workflowListFilteredByCustomerShowsTheOrder() {
    String query = URLEncoder.encode("CustomerId='c-webui'", StandardCharsets.UTF_8);
    String list = stack.temporal.uiUrl() + "/namespaces/default/workflows?query=" + query;

    chromium.screenshot(list, SCREENSHOTS.resolve("orders-of-c-webui.png"));
    String dom = chromium.dumpDom(list);

    assertThat(dom).contains(workflowId(), "OrderWorkflow", "Completed");
  }

  /**
   * The order's page in the Web UI as the browser renders it, its screenshot kept as {@code
   * WORKFLOW_ID<suffix>.png}.
   */
  private static String orderPage(String suffix) {
    String page = stack.temporal.uiUrl() + "/namespaces/default/workflows/" + workflowId();
    chromium.screenshot(page, SCREENSHOTS.resolve(workflowId() + suffix + ".png"));
    return chromium.dumpDom(page);
  }

  private static String workflowId() {
    return OrderIds.workflowId(order.orderId());
  }
}
