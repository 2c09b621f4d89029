package dev.ordersaga.sandbox.health;

import com.codahale.metrics.health.HealthCheck;
import org.jdbi.v3.core.Jdbi;

/** Healthy when the sandbox's own tables answer a query. */
public final class DatabaseHealthCheck extends HealthCheck {
  private final Jdbi jdbi;

  /** A check querying {@code jdbi}'s database. */
  public DatabaseHealthCheck(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  protected Result check() {
    long skus =
        jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM stock").mapTo(Long.class).one());
    return Result.healthy("%d SKU(s) in stock", skus);
  }
}
