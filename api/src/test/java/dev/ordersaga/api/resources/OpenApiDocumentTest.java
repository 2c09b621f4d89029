package dev.ordersaga.api.resources;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {
  @Test
  void theDocumentNamesEveryPathTheResourcesServe() {
    String document = new String(new OpenApiResource().get(), StandardCharsets.UTF_8);

    for (String path : paths(OrdersResource.class, WebhooksResource.class, OpenApiResource.class)) {
      assertThat(document).as(path).contains("\n  " + path + ":");
    }
  }

  private static List<String> paths(Class<?>... resources) {
    List<String> paths = new ArrayList<>();
    for (Class<?> resource : resources) {
      String base = resource.getAnnotation(Path.class).value();
      paths.add(base);
      for (var method : resource.getMethods()) {
        Path path = method.getAnnotation(Path.class);
        if (path != null) {
          paths.add(base + path.value());
        }
      }
    }
    return paths;
  }
}
