/**
 * The activity adapters: OkHttp clients of the downstream systems described in {@code
 * sandbox/API.md}, one per activity interface of the workflows module. {@link
 * dev.ordersaga.activities.DownstreamClients} is the entry point the worker uses.
 */
package dev.ordersaga.activities;
