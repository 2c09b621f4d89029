/**
 * What every activity attempt gets from the worker rather than from its implementation: the order's
 * logging context and a count of its outcome ({@link
 * dev.ordersaga.activities.interceptors.OrderActivityInterceptor}).
 */
package dev.ordersaga.activities.interceptors;
