package dev.ordersaga.sandbox.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {
  private final ObjectMapper mapper = new ObjectMapper();
  private final CanonicalJson canonical = new CanonicalJson(mapper);

  @Test
  void memberOrderAndSpacingDoNotChangeTheCanonicalForm() throws Exception {
    Object a = mapper.readTree("{\"b\":1,\"a\":{\"y\":[2,{\"q\":1,\"p\":0}],\"x\":null}}");
    Object b =
        mapper.readTree("{ \"a\": {\"x\": null, \"y\": [2, {\"p\":0, \"q\":1}]}, \"b\": 1 }");

    assertThat(canonical.of(a)).isEqualTo(canonical.of(b));
    assertThat(canonical.of(a))
        .isEqualTo("{\"a\":{\"x\":null,\"y\":[2,{\"p\":0,\"q\":1}]},\"b\":1}");
  }

  @Test
  void arrayOrderAndValuesDoChangeIt() throws Exception {
    assertThat(canonical.of(mapper.readTree("[1,2]")))
        .isNotEqualTo(canonical.of(mapper.readTree("[2,1]")));
    assertThat(canonical.of(mapper.readTree("{\"a\":1}")))
        .isNotEqualTo(canonical.of(mapper.readTree("{\"a\":2}")));
    assertThat(canonical.of(null)).isEqualTo("null");
  }
}
