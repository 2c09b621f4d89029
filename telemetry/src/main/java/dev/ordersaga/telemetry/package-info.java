/**
 * Telemetry shared by the API, the workers and the sandbox: one metric naming convention, one trace
 * context across HTTP and Temporal headers, one log format.
 */
package dev.ordersaga.telemetry;
