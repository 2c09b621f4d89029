package dev.ordersaga.e2e;

/** A process of the stack; closing it stops the process and throws nothing checked. */
interface StackPart extends AutoCloseable {
  @Override
  void close();
}
