/**
 * One trace per order: the OpenTelemetry SDK of a process ({@link
 * dev.ordersaga.telemetry.tracing.Tracing}), the W3C trace context carried in Temporal headers from
 * the API's calls through the workflow to every activity attempt ({@link
 * dev.ordersaga.telemetry.tracing.TemporalTracing}), and a server span per HTTP request ({@link
 * dev.ordersaga.telemetry.tracing.ServerSpans}). Workflow code makes no spans (replays would repeat
 * them): the workflow only carries the context it was started with to the activities it schedules.
 */
package dev.ordersaga.telemetry.tracing;
