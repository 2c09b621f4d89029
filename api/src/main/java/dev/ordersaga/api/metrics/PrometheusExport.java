package dev.ordersaga.api.metrics;

import com.codahale.metrics.MetricRegistry;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.dropwizard.DropwizardExports;
import io.prometheus.client.servlet.jakarta.exporter.MetricsServlet;

/**
 * Dropwizard's metric registry (requests, latencies, Jetty, JVM, order admissions) in Prometheus's
 * text format, served on the admin port at {@value #PATH}.
 */
public final class PrometheusExport {
  public static final String PATH = "/prometheus";

  private PrometheusExport() {}

  /** A servlet exporting {@code metrics}; each application gets its own collector registry. */
  public static MetricsServlet servlet(MetricRegistry metrics) {
    CollectorRegistry registry = new CollectorRegistry();
    new DropwizardExports(metrics).register(registry);
    return new MetricsServlet(registry);
  }
}
