package dev.ordersaga.api.metrics;

import com.codahale.metrics.MetricRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.dropwizard.DropwizardExports;
import io.prometheus.client.exporter.common.TextFormat;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;

/**
 * Dropwizard's metric registry (requests, latencies, Jetty, JVM, order admissions) and the API's
 * Micrometer meters (the parked-orders gauge) in Prometheus's text format, one page, served on the
 * admin port at {@value #PATH}.
 */
public final class PrometheusExport {
  public static final String PATH = "/prometheus";

  private PrometheusExport() {}

  /** A servlet exporting {@code metrics} then {@code meters}. */
  public static HttpServlet servlet(MetricRegistry metrics, PrometheusMeterRegistry meters) {
    CollectorRegistry registry = new CollectorRegistry();
    new DropwizardExports(metrics).register(registry);
    return new HttpServlet() {
      @Override
      protected void doGet(HttpServletRequest request, HttpServletResponse response)
          throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(TextFormat.CONTENT_TYPE_004);
        try (Writer writer = response.getWriter()) {
          TextFormat.write004(writer, registry.metricFamilySamples());
          writer.write(meters.scrape());
        }
      }
    };
  }
}
