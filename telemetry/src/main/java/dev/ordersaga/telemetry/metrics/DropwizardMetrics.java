package dev.ordersaga.telemetry.metrics;

import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import org.glassfish.jersey.micrometer.server.DefaultJerseyTagsProvider;
import org.glassfish.jersey.micrometer.server.MetricsApplicationEventListener;

/**
 * A Dropwizard application's metrics: every Jersey request timed in {@link HttpServerRequests}
 * (labels {@code method}, {@code uri} as the route template, {@code status}, {@code outcome},
 * {@code exception}), Jetty's thread pool ({@code jetty_threads_*}), and the process's registry
 * served on the admin port at {@value #PATH}. Dropwizard's own metric registry stays behind its
 * admin {@code /metrics}; Prometheus reads only this one.
 */
public final class DropwizardMetrics {
  /** The admin path Prometheus scrapes. */
  public static final String PATH = "/prometheus";

  private DropwizardMetrics() {}

  /** Instruments {@code environment} into {@code metrics}, which is closed when it stops. */
  public static void serve(ProcessMetrics metrics, Environment environment) {
    environment
        .jersey()
        .register(
            new MetricsApplicationEventListener(
                metrics.registry(),
                new DefaultJerseyTagsProvider(),
                HttpServerRequests.NAME,
                true));
    environment
        .lifecycle()
        .addServerLifecycleListener(
            server ->
                new JettyServerThreadPoolMetrics(server.getThreadPool(), Tags.empty())
                    .bindTo(metrics.registry()));
    environment.admin().addServlet("prometheus", new PrometheusServlet(metrics)).addMapping(PATH);
    environment
        .lifecycle()
        .manage(
            new Managed() {
              @Override
              public void stop() {
                metrics.close();
              }
            });
  }
}
