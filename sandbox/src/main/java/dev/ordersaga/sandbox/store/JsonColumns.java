package dev.ordersaga.sandbox.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Nested data kept as JSON text in a column. */
public final class JsonColumns {
  private final ObjectMapper mapper;

  /** Columns written and read with {@code mapper}. */
  public JsonColumns(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** {@code value} as JSON text. */
  public String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot store " + value.getClass().getName(), e);
    }
  }

  /** The value of JSON text written by {@link #write}. */
  public <T> T read(String json, TypeReference<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("corrupt JSON column: " + json, e);
    }
  }
}
