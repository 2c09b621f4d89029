package dev.ordersaga.api.errors;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordersaga.api.resources.Route;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Answers a method no resource can take (TRACE, CONNECT, or one HTTP does not define) before Jetty
 * or Dropwizard's allowed-methods filter does: a 405 problem whose {@code Allow} names the methods
 * of the resource at that path (read from the resources' annotations), or a 404 problem when no
 * resource is there. PUT, PATCH and DELETE pass on, and Jersey answers them the same way.
 */
public final class UnknownMethodFilter implements Filter {
  /** The methods passed on to Jersey. */
  public static final Set<String> PASSED_ON =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Map<String, Set<String>> methodsByPath = new LinkedHashMap<>();

  /**
   * @param resources the JAX-RS resource classes of the application
   */
  public UnknownMethodFilter(List<Class<?>> resources) {
    for (Route route : Route.of(resources)) {
      Set<String> methods =
          methodsByPath.computeIfAbsent(
              template(route.path()), p -> new TreeSet<>(Set.of(HttpMethod.OPTIONS)));
      methods.add(route.verb());
      if (route.verb().equals(HttpMethod.GET)) {
        methods.add(HttpMethod.HEAD);
      }
    }
  }

  private static String template(String path) {
    StringBuilder regex = new StringBuilder();
    for (String part : path.replaceAll("/+$", "").split("/", -1)) {
      if (!part.isEmpty()) {
        regex.append('/').append(part.matches("\\{[^}]+}") ? "[^/]+" : Pattern.quote(part));
      }
    }
    return regex + "/?";
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    if (PASSED_ON.contains(http.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    String path = http.getRequestURI().substring(http.getContextPath().length());
    Set<String> allowed =
        methodsByPath.entrySet().stream()
            .filter(e -> path.matches(e.getKey()))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElse(null);
    HttpServletResponse answer = (HttpServletResponse) response;
    Response.Status status =
        allowed == null ? Response.Status.NOT_FOUND : Response.Status.METHOD_NOT_ALLOWED;
    if (allowed != null) {
      answer.setHeader("Allow", String.join(", ", allowed));
    }
    answer.setStatus(status.getStatusCode());
    answer.setContentType(Problem.MEDIA_TYPE);
    JSON.writeValue(
        answer.getOutputStream(),
        Problem.ofStatus(
            status.getStatusCode(),
            status.getReasonPhrase(),
            allowed == null
                ? ForeignExceptions.NO_SUCH_RESOURCE
                : ForeignExceptions.METHOD_NOT_ALLOWED));
  }
}
