package dev.ordersaga.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabasesTest {
  @Test
  void h2UrlsGetALargerQueryCache() {
    assertThat(Databases.withH2Defaults("jdbc:h2:file:./x;MODE=PostgreSQL"))
        .isEqualTo("jdbc:h2:file:./x;MODE=PostgreSQL;QUERY_CACHE_SIZE=64");
  }

  @Test
  void anExplicitQueryCacheAndOtherDatabasesAreLeftAlone() {
    assertThat(Databases.withH2Defaults("jdbc:h2:mem:x;query_cache_size=4"))
        .isEqualTo("jdbc:h2:mem:x;query_cache_size=4");
    assertThat(Databases.withH2Defaults("jdbc:postgresql://localhost/sandbox"))
        .isEqualTo("jdbc:postgresql://localhost/sandbox");
  }
}
