package dev.ordersaga.api.backpressure;

/** Decides, without calling anything, whether a new order may be started now. */
@FunctionalInterface
public interface Backpressure {
  Admission admission();

  /** Admits everything (no monitor). */
  static Backpressure none() {
    return Admission::admit;
  }
}
