package dev.ordersaga.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordersaga.api.auth.AuthConfiguration;
import dev.ordersaga.api.auth.BearerAuth;
import dev.ordersaga.api.errors.ErrorMappers;
import dev.ordersaga.api.limits.LimitsConfiguration;
import dev.ordersaga.api.limits.OrderLimits;
import dev.ordersaga.secrets.PublishedSecrets;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Duration;

/** A {@link ResourceExtension} wired like the application: strict JSON, problems, bearer auth. */
public final class ApiResources {
  public static final String SERVICE = "Bearer " + PublishedSecrets.DEV_SERVICE_TOKEN;
  public static final String OPERATOR = "Bearer " + PublishedSecrets.DEV_OPERATOR_TOKEN;
  public static final long MAX_BODY = 8 * 1024;

  private ApiResources() {}

  /** The default limits. */
  public static OrderLimits limits() {
    return new OrderLimits(new LimitsConfiguration());
  }

  public static ObjectMapper mapper() {
    return OrderApiApplication.configure(Jackson.newObjectMapper());
  }

  public static ResourceExtension of(Object resource) {
    ResourceExtension.Builder builder =
        ResourceExtension.builder()
            .setMapper(mapper())
            .setRegisterDefaultExceptionMappers(false)
            .bootstrapLogging(false)
            .addResource(resource);
    ErrorMappers.providers(MAX_BODY, Duration.ofSeconds(5)).forEach(builder::addProvider);
    BearerAuth.providers(new AuthConfiguration()).forEach(builder::addProvider);
    return builder.build();
  }

  public static Invocation.Builder as(ResourceExtension resources, String path, String token) {
    String[] pathAndQuery = path.split("\\?", 2);
    WebTarget target = resources.target(pathAndQuery[0]);
    if (pathAndQuery.length == 2) {
      for (String pair : pathAndQuery[1].split("&")) {
        String[] nameAndValue = pair.split("=", 2);
        target = target.queryParam(nameAndValue[0], nameAndValue[1]);
      }
    }
    Invocation.Builder request = target.request();
    return token == null ? request : request.header(HttpHeaders.AUTHORIZATION, token);
  }

  public static Entity<String> json(String body) {
    return Entity.entity(body, "application/json");
  }

  /** A valid order body. */
  public static final String ORDER =
      """
      {"customerId": "c-42", "currency": "USD",
       "items": [{"sku": "SKU-1", "quantity": 2, "unitPrice": "19.99"},
                 {"sku": "SKU-2", "quantity": 1, "unitPrice": 5.00}],
       "payment": {"method": "card", "token": "tok_ok"},
       "shippingAddress": {"name": "Ada Lovelace", "line1": "1 Analytical Way", "city": "London",
                           "postalCode": "N1 9GU", "country": "GB"}}
      """;
}
