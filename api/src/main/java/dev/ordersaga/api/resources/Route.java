package dev.ordersaga.api.resources;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One route a JAX-RS resource serves, read from its annotations.
 *
 * @param verb the HTTP method, e.g. {@code POST}
 * @param path the path template, e.g. {@code /orders/{orderId}/cancel}
 * @param method the resource method that answers it
 */
public record Route(String verb, String path, Method method) {

  /** Every route of {@code resources}: each public method annotated with an HTTP method. */
  public static List<Route> of(List<Class<?>> resources) {
    List<Route> routes = new ArrayList<>();
    for (Class<?> resource : resources) {
      String base = resource.getAnnotation(Path.class).value();
      for (Method method : resource.getMethods()) {
        Path path = method.getAnnotation(Path.class);
        verb(method)
            .ifPresent(
                verb ->
                    routes.add(new Route(verb, path == null ? base : base + path.value(), method)));
      }
    }
    return List.copyOf(routes);
  }

  private static Optional<String> verb(Method method) {
    return Arrays.stream(method.getAnnotations())
        .map(annotation -> annotation.annotationType().getAnnotation(HttpMethod.class))
        .filter(Objects::nonNull)
        .map(HttpMethod::value)
        .findFirst();
  }
}
