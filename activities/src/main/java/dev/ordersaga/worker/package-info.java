/** The worker entry point: one process polls any subset of the task queues. */
package dev.ordersaga.worker;
