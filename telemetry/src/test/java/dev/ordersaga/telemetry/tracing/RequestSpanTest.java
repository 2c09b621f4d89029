package dev.ordersaga.telemetry.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.glassfish.jersey.uri.UriTemplate;
import org.junit.jupiter.api.Test;

class RequestSpanTest {
  @Test
  void theRouteJoinsTheMatchedTemplatesFromTheResourceDown() {
    assertThat(
            RequestSpan.routeOf(
                List.of(new UriTemplate("/{orderId}/cancel"), new UriTemplate("/orders"))))
        .isEqualTo("/orders/{orderId}/cancel");
    assertThat(RequestSpan.routeOf(List.of(new UriTemplate("/orders")))).isEqualTo("/orders");
    assertThat(RequestSpan.routeOf(List.of())).isEqualTo("/");
  }
}
