/**
 * The lease of a worker that holds waiting payments: while the worker lives it renews the lease;
 * when the lease lapses (the worker died without handing its payments on) another worker adopts the
 * payments it held, so no paid order waits on a dead process for longer than the lease timeout and
 * one sweep.
 */
package dev.ordersaga.order.holder;
