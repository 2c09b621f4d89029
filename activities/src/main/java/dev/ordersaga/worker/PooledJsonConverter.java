package dev.ordersaga.worker;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordersaga.activities.http.JsonMapper;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.common.converter.JacksonJsonPayloadConverter;

/**
 * The SDK's default data converter, writing the same JSON, with Jackson's buffers taken from {@link
 * JsonMapper#sharedBuffers()} instead of held per thread (heartbeat details are written on each
 * waiting poll's virtual thread).
 */
final class PooledJsonConverter {
  private PooledJsonConverter() {}

  static DataConverter create() {
    ObjectMapper mapper = JacksonJsonPayloadConverter.newDefaultObjectMapper();
    mapper.getFactory().setRecyclerPool(JsonMapper.sharedBuffers());
    return DefaultDataConverter.newDefaultInstance()
        .withPayloadConverterOverrides(new JacksonJsonPayloadConverter(mapper));
  }
}
