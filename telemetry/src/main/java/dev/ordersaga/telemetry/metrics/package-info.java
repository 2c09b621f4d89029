/**
 * Metrics: every project metric name ({@link dev.ordersaga.telemetry.metrics.MetricNames}), the
 * Prometheus registry each process serves ({@link dev.ordersaga.telemetry.metrics.ProcessMetrics}),
 * the Temporal SDK's metrics over it ({@link dev.ordersaga.telemetry.metrics.TemporalMetrics}) and
 * a Dropwizard application's HTTP and admin endpoint wiring ({@link
 * dev.ordersaga.telemetry.metrics.DropwizardMetrics}).
 */
package dev.ordersaga.telemetry.metrics;
