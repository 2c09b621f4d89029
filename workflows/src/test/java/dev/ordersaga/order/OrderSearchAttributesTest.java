package dev.ordersaga.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The search-attribute list has one definition, {@link OrderSearchAttributes#ALL}. */
class OrderSearchAttributesTest {
  private static final Path SHIPPED_LIST = Path.of("../config/search-attributes.txt");

  @Test
  void cliDefinitionsSpellEachTypeAsTheTemporalCliDoes() {
    assertThat(OrderSearchAttributes.cliDefinitions())
        .contains("OrderStatus=Keyword", "OrderTotal=Double", "Skus=KeywordList")
        .hasSameSizeAs(OrderSearchAttributes.ALL);
  }

  @Test
  void theListTheShellScriptsReadIsTheJavaDefinition() throws IOException {
    List<String> shipped =
        Files.readAllLines(SHIPPED_LIST).stream()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .toList();

    assertThat(shipped)
        .as(
            "%s must list OrderSearchAttributes.ALL, one per line:%n%s",
            SHIPPED_LIST,
            String.join(System.lineSeparator(), OrderSearchAttributes.cliDefinitions()))
        .containsExactlyElementsOf(OrderSearchAttributes.cliDefinitions());
  }
}
