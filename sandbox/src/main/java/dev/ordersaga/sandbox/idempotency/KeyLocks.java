package dev.ordersaga.sandbox.idempotency;

import java.util.concurrent.locks.ReentrantLock;

/**
 * A fixed set of locks striped by key, so requests carrying the same idempotency key run one at a
 * time in this process (unrelated keys may share a stripe, which only serializes them).
 */
public final class KeyLocks {
  private static final int STRIPES = 256;

  private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

  /** Creates all stripes. */
  public KeyLocks() {
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new ReentrantLock();
    }
  }

  /** The lock guarding {@code key}. */
  public ReentrantLock forKey(String key) {
    return locks[Math.floorMod(key.hashCode(), STRIPES)];
  }
}
