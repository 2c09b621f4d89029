package dev.ordersaga.api.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the checked-in OpenAPI document ({@code src/main/resources/openapi.yaml}). Open. */
@Path("/openapi.yaml")
public final class OpenApiResource {
  /** Where the document is on the class path. */
  public static final String DOCUMENT = "/openapi.yaml";

  private final byte[] document;

  public OpenApiResource() {
    try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
      if (in == null) {
        throw new IllegalStateException(DOCUMENT + " is missing from the class path");
      }
      this.document = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GET
  @Produces("application/yaml")
  public byte[] get() {
    return document.clone();
  }
}
