package dev.ordersaga.telemetry.metrics;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code GET}: the process's metrics in Prometheus' text format. */
final class PrometheusServlet extends HttpServlet {
  private final transient ProcessMetrics metrics;

  PrometheusServlet(ProcessMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType(ProcessMetrics.CONTENT_TYPE);
    response.getWriter().write(metrics.scrape());
  }
}
