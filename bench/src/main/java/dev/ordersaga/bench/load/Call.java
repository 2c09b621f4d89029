package dev.ordersaga.bench.load;

/** One unit of load: submits one order (and, if asked, waits for its end). */
@FunctionalInterface
public interface Call {
  /**
   * @param sequence a number unique within the run, for ids
   */
  Outcome run(long sequence);
}
