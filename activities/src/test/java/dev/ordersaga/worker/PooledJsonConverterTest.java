package dev.ordersaga.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordersaga.activities.http.JsonMapper;
import dev.ordersaga.activities.payments.PollProgress;
import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.converter.DefaultDataConverter;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PooledJsonConverterTest {
  private final DataConverter pooled = PooledJsonConverter.create();

  @Test
  void writesExactlyTheSdkDefaultPayload() {
    PollProgress progress = new PollProgress("PENDING", 7, Duration.ofSeconds(64));

    Optional<Payload> ours = pooled.toPayload(progress);
    Optional<Payload> sdk = DefaultDataConverter.STANDARD_INSTANCE.toPayload(progress);

    assertThat(ours).isEqualTo(sdk);
    assertThat(pooled.fromPayload(sdk.orElseThrow(), PollProgress.class, PollProgress.class))
        .isEqualTo(progress);
  }

  @Test
  void adapterMapperTakesItsBuffersFromTheSharedPoolNotFromEachThread() {
    assertThat(JsonMapper.create().getFactory()._getRecyclerPool())
        .isSameAs(JsonMapper.sharedBuffers());
  }
}
