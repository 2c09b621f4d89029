/**
 * One log format for every process: a JSON object per line in Dropwizard's schema ({@link
 * dev.ordersaga.telemetry.logging.JsonLogLayout}), or a text line for a terminal ({@link
 * dev.ordersaga.telemetry.logging.TextLogLayout}, {@code ORDER_SAGA_LOG_FORMAT=text}), and the MDC
 * entries that name an order ({@link dev.ordersaga.telemetry.logging.LogContext}).
 */
package dev.ordersaga.telemetry.logging;
