package dev.ordersaga.api.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.ordersaga.api.auth.Role;
import dev.ordersaga.api.errors.FieldError;
import dev.ordersaga.api.errors.Problem;
import dev.ordersaga.api.orders.OrderSummary;
import dev.ordersaga.api.representations.OrderAccepted;
import dev.ordersaga.api.representations.OrderView;
import dev.ordersaga.api.representations.StepView;
import dev.ordersaga.api.representations.WebhookReceipt;
import dev.ordersaga.order.OrderStatus;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document is YAML any tool can load, valid against the OpenAPI 3.0 JSON Schema,
 * and exact: every route the resources serve is documented with its error statuses, nothing else
 * is, and every property that can be null is nullable.
 */
class OpenApiDocumentTest {
  private static final List<Class<?>> RESOURCES =
      List.of(
          OrdersResource.class,
          WebhooksResource.class,
          OperationsResource.class,
          OpenApiResource.class);
  private static final String TEXT =
      new String(new OpenApiResource().get(), StandardCharsets.UTF_8);

  @Test
  void theDocumentIsYamlThatValidatesAgainstTheOpenApi30Schema() throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    JsonNode document = yaml.readTree(TEXT);
    JsonNode metaSchema;
    try (InputStream in = getClass().getResourceAsStream("/openapi-3.0-schema.yaml")) {
      metaSchema = yaml.readTree(in);
    }

    Set<ValidationMessage> errors =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
            .getSchema(metaSchema)
            .validate(document);

    assertThat(errors).isEmpty();
  }

  @Test
  void theSwaggerParserReadsTheDocumentWithoutAMessage() {
    SwaggerParseResult result = parse();

    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI().getPaths()).isNotEmpty();
  }

  @Test
  void theStatusEnumsAreTheOrderStatusesAndThePublishedOnes() {
    Map<String, Schema> schemas = parse().getOpenAPI().getComponents().getSchemas();

    assertThat(schemas.get("OrderStatus").getEnum())
        .containsExactlyElementsOf(Arrays.stream(OrderStatus.values()).map(Enum::name).toList());
    assertThat(schemas.get("PublishedOrderStatus").getEnum())
        .containsExactlyElementsOf(OrderStatus.PUBLISHED.stream().map(Enum::name).toList());
  }

  @Test
  void everyRouteOfTheResourcesIsDocumentedAndNothingElse() {
    OpenAPI document = parse().getOpenAPI();
    Set<String> documented = new TreeSet<>();
    document
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap().keySet().forEach(m -> documented.add(m + " " + path)));

    assertThat(documented).isEqualTo(routes().keySet());
  }

  @Test
  void everyRouteDocumentsTheErrorsItsAnnotationsCanRaise() {
    OpenAPI document = parse().getOpenAPI();
    routes()
        .forEach(
            (route, method) -> {
              Set<String> statuses = operation(document, route).getResponses().keySet();
              RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
              if (roles != null) {
                assertThat(statuses).as(route).contains("401");
              }
              if (roles != null && List.of(roles.value()).equals(List.of(Role.Names.OPERATOR))) {
                assertThat(statuses).as(route).contains("403");
              }
              if (method.getAnnotation(Consumes.class) != null
                  || method.getDeclaringClass().getAnnotation(Consumes.class) != null) {
                assertThat(statuses).as(route).contains("400", "413", "415", "422");
              }
              if (route.contains("{orderId}")) {
                assertThat(statuses).as(route).contains("404");
              }
            });
  }

  @Test
  void everyErrorResponseIsAProblem() {
    OpenAPI document = parse().getOpenAPI();
    routes()
        .keySet()
        .forEach(
            route ->
                operation(document, route)
                    .getResponses()
                    .forEach(
                        (status, response) -> {
                          if (status.startsWith("4") || status.startsWith("5")) {
                            assertThat(resolve(document, response).getContent())
                                .as("%s %s", route, status)
                                .containsOnlyKeys(Problem.MEDIA_TYPE);
                          }
                        }));
  }

  @Test
  void everyPropertyOfEachAnswerIsDocumentedAndNullableWhereItCanBeNull() {
    OpenAPI document = parse().getOpenAPI();
    Map<Class<?>, String> answers =
        Map.of(
            OrderView.class, "OrderView",
            StepView.class, "StepView",
            OrderSummary.class, "OrderSummary",
            OrderAccepted.class, "OrderAccepted",
            WebhookReceipt.class, "WebhookReceipt",
            Problem.class, "Problem",
            FieldError.class, "FieldError");
    answers.forEach(
        (type, name) -> {
          Map<String, Schema> properties =
              document.getComponents().getSchemas().get(name).getProperties();
          assertThat(properties.keySet())
              .as(name)
              .containsExactlyInAnyOrderElementsOf(
                  Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList());
          if (!omitsNulls(type)) {
            for (RecordComponent component : type.getRecordComponents()) {
              if (!component.getType().isPrimitive()) {
                assertThat(properties.get(component.getName()).getNullable())
                    .as("%s.%s is nullable", name, component.getName())
                    .isTrue();
              }
            }
          }
        });
  }

  private static boolean omitsNulls(Class<?> type) {
    JsonInclude include = type.getAnnotation(JsonInclude.class);
    return include != null && include.value() != JsonInclude.Include.ALWAYS;
  }

  private static SwaggerParseResult parse() {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    return new OpenAPIV3Parser().readContents(TEXT, null, options);
  }

  private static Operation operation(OpenAPI document, String route) {
    String[] methodAndPath = route.split(" ", 2);
    return document
        .getPaths()
        .get(methodAndPath[1])
        .readOperationsMap()
        .get(io.swagger.v3.oas.models.PathItem.HttpMethod.valueOf(methodAndPath[0]));
  }

  private static ApiResponse resolve(OpenAPI document, ApiResponse response) {
    if (response.get$ref() == null) {
      return response;
    }
    String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
    return document.getComponents().getResponses().get(name);
  }

  /** {@code "POST /orders/{orderId}/cancel"} → its resource method, for every resource method. */
  static Map<String, Method> routes() {
    Map<String, Method> routes = new TreeMap<>();
    Route.of(RESOURCES)
        .forEach(route -> routes.put(route.verb() + " " + route.path(), route.method()));
    return routes;
  }
}
