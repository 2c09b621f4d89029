package dev.ordersaga.sandbox.store;

import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.TemplateEngine;

/**
 * The sandbox's {@link Jdbi}: plain JDBI over Dropwizard's pooled data source, whose lifecycle the
 * environment manages.
 *
 * <p>Unlike Dropwizard's {@code JdbiFactory} it installs no plugins, times no statements and
 * prepends no name comments, and its SQL is taken literally (no {@code <attribute>} templating):
 * the stores only use named parameters, and these per-statement layers cost more CPU than the
 * statements themselves.
 */
public final class Databases {
  private Databases() {}

  /**
   * A JDBI over the pool {@code database} describes, opened and closed with {@code environment}.
   */
  public static Jdbi jdbi(Environment environment, DataSourceFactory database) {
    ManagedDataSource dataSource = database.build(environment.metrics(), "database");
    environment.lifecycle().manage(dataSource);
    Jdbi jdbi = Jdbi.create(dataSource);
    jdbi.setTemplateEngine(TemplateEngine.NOP);
    jdbi.setSqlLogger(SqlLogger.NOP_SQL_LOGGER);
    return jdbi;
  }
}
