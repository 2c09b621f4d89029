package dev.ordersaga.worker;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/**
 * The Temporal identity of one worker process: {@code pid@host} (the SDK's default) and a random
 * suffix, so that a restarted process (in a container, often with the same pid and host name) is
 * never taken for its dead predecessor, whose waiting payments are adopted by identity.
 */
final class WorkerIdentity {
  private static final int SUFFIX_LENGTH = 8;

  private WorkerIdentity() {}

  static String unique() {
    return ManagementFactory.getRuntimeMXBean().getName()
        + "-"
        + UUID.randomUUID().toString().substring(0, SUFFIX_LENGTH);
  }
}
