package dev.ordersaga.activities.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one {@link ObjectMapper} configuration the adapters share. */
public final class JsonMapper {
  private JsonMapper() {}

  /** Ignores unknown fields, so the downstream systems may add fields to their answers. */
  public static ObjectMapper create() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  }
}
