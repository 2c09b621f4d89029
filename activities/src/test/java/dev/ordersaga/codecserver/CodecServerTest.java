package dev.ordersaga.codecserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.util.JsonFormat;
import dev.ordersaga.codec.CodecKeys;
import dev.ordersaga.codec.EncryptionCodec;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.common.v1.Payloads;
import io.temporal.common.converter.DefaultDataConverter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CodecServerTest {
  private static final String UI = "http://127.0.0.1:8233";
  private static final String TOKEN = "Bearer op-token";
  private static final String KEYS = "k1:" + Base64.getEncoder().encodeToString(new byte[32]);

  private final HttpClient http = HttpClient.newHttpClient();
  private CodecServer server = start(false);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void decodesWhatItEncodes() throws Exception {
    String plain = payloads("Ada Lovelace");

    HttpResponse<String> encoded = post("/encode", plain, TOKEN, null);
    HttpResponse<String> decoded = post("/decode", encoded.body(), TOKEN, null);

    assertThat(encoded.statusCode()).isEqualTo(200);
    assertThat(encoded.body()).contains("\"encoding\": \"YmluYXJ5L2VuY3J5cHRlZA==\"");
    assertThat(decoded.statusCode()).isEqualTo(200);
    assertThat(parse(decoded.body())).isEqualTo(parse(plain));
  }

  @Test
  void decodesWhatAWorkerEncryptedUnderAPathPrefix() throws Exception {
    Payload sealed =
        new EncryptionCodec(CodecKeys.parse(KEYS, null))
            .encode(java.util.List.of(plain("N1 9GU")))
            .get(0);
    String body = JsonFormat.printer().print(Payloads.newBuilder().addPayloads(sealed));

    HttpResponse<String> decoded = post("/default/decode", body, TOKEN, null);

    assertThat(parse(decoded.body()).getPayloads(0)).isEqualTo(plain("N1 9GU"));
  }

  @Test
  void refusesACallerWithoutTheOperatorToken() throws Exception {
    assertThat(post("/decode", payloads("x"), null, null).statusCode()).isEqualTo(401);
    assertThat(post("/decode", payloads("x"), "Bearer wrong", null).statusCode()).isEqualTo(401);
    assertThat(post("/decode", payloads("x"), null, UI).statusCode()).isEqualTo(401);
  }

  @Test
  void withTheDevSwitchOnLoopbackAListedUiOriginNeedsNoToken() throws Exception {
    server.close();
    server = start(true);

    assertThat(post("/decode", payloads("x"), null, UI).statusCode()).isEqualTo(200);
    assertThat(post("/decode", payloads("x"), null, "http://evil.example").statusCode())
        .isEqualTo(401);
  }

  @Test
  void refusesToTrustOriginsWhenListeningBeyondLoopback() {
    CodecAccess dev = new CodecAccess("op-token", Set.of(UI), true);

    assertThatThrownBy(() -> CodecServer.start("0.0.0.0", 0, codec(), dev))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("loopback")
        .hasMessageContaining("0.0.0.0");
  }

  @Test
  void refusesThePublishedDevOperatorTokenWithoutTheDevSwitch() {
    assertThatThrownBy(() -> new CodecAccess("dev-operator-token", Set.of(UI), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ORDER_SAGA_DEV");
    assertThatCode(() -> new CodecAccess("dev-operator-token", Set.of(UI), true))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesAPlaceholderOperatorTokenEvenWithTheDevSwitch() {
    assertThatThrownBy(() -> new CodecAccess("REPLACE_ME_operator_token", Set.of(UI), true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("placeholder");
  }

  @Test
  void answersTheUiPreflightWithCorsHeadersCredentialsIncluded() throws Exception {
    HttpResponse<String> preflight =
        http.send(
            HttpRequest.newBuilder(uri("/decode"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", UI)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-namespace,authorization")
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(preflight.statusCode()).isEqualTo(200);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains(UI);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).contains("true");
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
        .contains("Authorization", "Content-Type", "X-Namespace");
  }

  @Test
  void givesNoCorsHeadersToAnotherOrigin() throws Exception {
    HttpResponse<String> answer = post("/decode", payloads("x"), TOKEN, "http://evil.example");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void aBodyThatIsNotPayloadsIs400() throws Exception {
    HttpResponse<String> answer = post("/decode", "{\"payloads\":42", TOKEN, null);

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("not {\\\"payloads\\\"");
  }

  @Test
  void aPayloadOfAnUnknownKeyIs400NamingTheKey() throws Exception {
    Payload sealed =
        new EncryptionCodec(
                CodecKeys.parse("k9:" + Base64.getEncoder().encodeToString(new byte[32]), null))
            .encode(java.util.List.of(plain("x")))
            .get(0);
    String body = JsonFormat.printer().print(Payloads.newBuilder().addPayloads(sealed));

    HttpResponse<String> answer = post("/decode", body, TOKEN, null);

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("key k9");
  }

  @Test
  void otherPathsAre404AndOtherMethods405() throws Exception {
    assertThat(post("/elsewhere", payloads("x"), TOKEN, null).statusCode()).isEqualTo(404);
    assertThat(
            http.send(
                    HttpRequest.newBuilder(uri("/decode")).GET().build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(405);
  }

  private CodecServer start(boolean dev) {
    return CodecServer.start("127.0.0.1", 0, codec(), new CodecAccess("op-token", Set.of(UI), dev));
  }

  private static EncryptionCodec codec() {
    return new EncryptionCodec(CodecKeys.parse(KEYS, null));
  }

  private HttpResponse<String> post(String path, String body, String authorization, String origin)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (origin != null) {
      request.header("Origin", origin);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static Payload plain(String value) {
    return DefaultDataConverter.STANDARD_INSTANCE.toPayload(value).orElseThrow();
  }

  private static String payloads(String value) throws Exception {
    return JsonFormat.printer().print(Payloads.newBuilder().addPayloads(plain(value)));
  }

  private static Payloads parse(String json) throws Exception {
    Payloads.Builder builder = Payloads.newBuilder();
    JsonFormat.parser().merge(json, builder);
    return builder.build();
  }
}
