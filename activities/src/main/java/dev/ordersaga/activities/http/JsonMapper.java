package dev.ordersaga.activities.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.core.util.RecyclerPool;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one {@link ObjectMapper} configuration the adapters share. */
public final class JsonMapper {
  private JsonMapper() {}

  /**
   * Jackson's parse and write buffers, shared by every thread and bounded. Jackson's default keeps
   * them per thread: each waiting payment poll runs on a virtual thread of its own for minutes, so
   * 10,000 waiting payments would each hold their own buffers.
   */
  public static RecyclerPool<BufferRecycler> sharedBuffers() {
    return JsonRecyclerPools.sharedBoundedPool();
  }

  /** Ignores unknown fields, so the downstream systems may add fields to their answers. */
  public static ObjectMapper create() {
    return new ObjectMapper(JsonFactory.builder().recyclerPool(sharedBuffers()).build())
        .registerModule(new JavaTimeModule())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  }
}
