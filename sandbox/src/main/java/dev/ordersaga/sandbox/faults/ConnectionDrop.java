package dev.ordersaga.sandbox.faults;

/**
 * Whether a faulted system drops the connection instead of answering (an extension of the admin
 * API's fault body, field {@code drop}).
 *
 * <ul>
 *   <li>{@code NONE}: answers;
 *   <li>{@code BEFORE}: the connection is closed before the request is applied (nothing applied);
 *   <li>{@code AFTER}: the request is applied, then the connection is closed instead of answering
 *       (a lost response: only an idempotent retry tells what happened).
 * </ul>
 */
public enum ConnectionDrop {
  NONE,
  BEFORE,
  AFTER
}
