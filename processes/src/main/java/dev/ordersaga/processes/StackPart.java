package dev.ordersaga.processes;

/** A process of the stack; closing it stops the process and throws nothing checked. */
public interface StackPart extends AutoCloseable {
  @Override
  void close();
}
