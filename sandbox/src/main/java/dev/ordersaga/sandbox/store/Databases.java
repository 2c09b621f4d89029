package dev.ordersaga.sandbox.store;

import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import java.util.Locale;
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
 *
 * <p>An H2 URL that does not set {@code QUERY_CACHE_SIZE} gets {@value #H2_QUERY_CACHE_SIZE}: H2's
 * default of 8 parsed statements per connection is fewer than the sandbox's distinct statements, so
 * every statement was parsed again.
 */
public final class Databases {
  static final int H2_QUERY_CACHE_SIZE = 64;

  private Databases() {}

  /**
   * A JDBI over the pool {@code database} describes, opened and closed with {@code environment}.
   */
  public static Jdbi jdbi(Environment environment, DataSourceFactory database) {
    database.setUrl(withH2Defaults(database.getUrl()));
    ManagedDataSource dataSource = database.build(environment.metrics(), "database");
    environment.lifecycle().manage(dataSource);
    Jdbi jdbi = Jdbi.create(dataSource);
    jdbi.setTemplateEngine(TemplateEngine.NOP);
    jdbi.setSqlLogger(SqlLogger.NOP_SQL_LOGGER);
    return jdbi;
  }

  /** {@code url} with the H2 query cache setting added when it is an H2 URL without one. */
  static String withH2Defaults(String url) {
    if (!url.startsWith("jdbc:h2:") || url.toUpperCase(Locale.ROOT).contains("QUERY_CACHE_SIZE=")) {
      return url;
    }
    return url + ";QUERY_CACHE_SIZE=" + H2_QUERY_CACHE_SIZE;
  }
}
