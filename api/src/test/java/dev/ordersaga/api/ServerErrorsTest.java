package dev.ordersaga.api;

import static dev.ordersaga.api.ApiResources.SERVICE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordersaga.api.errors.Problem;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.temporal.testing.TestWorkflowEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the server itself refuses before (or instead of) a resource, through the real Jetty: each
 * refusal is a problem, a 405 names the methods that are allowed, nothing is a 5xx.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ServerErrorsTest {
  private static final TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance();
  private static final ObjectMapper JSON = new ObjectMapper();

  static final DropwizardAppExtension<OrderApiConfiguration> app = ApiApps.against(env);

  @AfterAll
  static void stopTemporal() {
    env.close();
  }

  /** A raw HTTP/1.1 exchange, so that any method and any path bytes can be sent. */
  private record Answer(int status, String headers, String body) {
    String header(String name) {
      for (String line : headers.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
          return line.substring(colon + 1).strip();
        }
      }
      return null;
    }

    JsonNode problem() throws IOException {
      assertThat(header("Content-Type")).as(headers).startsWith(Problem.MEDIA_TYPE);
      JsonNode problem = JSON.readTree(body);
      assertThat(problem.path("status").asInt()).isEqualTo(status);
      assertThat(problem.path("title").asText()).isNotBlank();
      return problem;
    }
  }

  private static Answer send(String method, String target, String body) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", app.getLocalPort())) {
      socket.setSoTimeout(10_000);
      String request =
          method
              + " "
              + target
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nAuthorization: "
              + SERVICE
              + "\r\n"
              + (body == null
                  ? ""
                  : "Content-Type: application/json\r\nContent-Length: "
                      + body.getBytes(StandardCharsets.UTF_8).length
                      + "\r\n")
              + "\r\n"
              + (body == null ? "" : body);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int split = response.indexOf("\r\n\r\n");
      String head = response.substring(0, split);
      String rest = response.substring(split + 4);
      if ("chunked".equalsIgnoreCase(new Answer(0, head, "").header("Transfer-Encoding"))) {
        rest = dechunk(rest);
      }
      return new Answer(Integer.parseInt(head.split(" ")[1]), head, rest);
    }
  }

  private static String dechunk(String chunked) {
    StringBuilder body = new StringBuilder();
    int at = 0;
    while (true) {
      int lineEnd = chunked.indexOf("\r\n", at);
      int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].strip(), 16);
      if (size == 0) {
        return body.toString();
      }
      body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
      at = lineEnd + 2 + size + 2;
    }
  }

  @Test
  void aSuspiciousPathCharacterIsA400Problem() throws IOException {
    Answer answer = send("GET", "/orders/a%5Cb", null);

    assertThat(answer.status()).isEqualTo(400);
    answer.problem();
  }

  @Test
  void anEncodedNulInThePathIsA4xxProblem() throws IOException {
    Answer answer = send("GET", "/orders/a%00b", null);

    assertThat(answer.status()).isBetween(400, 499);
    answer.problem();
  }

  @Test
  void traceIsA405ProblemNamingTheAllowedMethods() throws IOException {
    Answer answer = send("TRACE", "/orders", null);

    assertThat(answer.status()).isEqualTo(405);
    answer.problem();
    assertThat(answer.header("Allow")).contains("GET", "POST");
  }

  @Test
  void anUnknownMethodIsA405ProblemNamingTheAllowedMethods() throws IOException {
    Answer answer = send("BREW", "/orders/o-1", null);

    assertThat(answer.status()).isEqualTo(405);
    answer.problem();
    assertThat(answer.header("Allow")).contains("GET");
  }

  @Test
  void aDeleteOfAnOrderIsA405ProblemNamingTheAllowedMethods() throws IOException {
    Answer answer = send("DELETE", "/orders/o-1", null);

    assertThat(answer.status()).isEqualTo(405);
    answer.problem();
    assertThat(answer.header("Allow")).contains("GET");
  }

  @Test
  void headersTooLargeAreA431Problem() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", app.getLocalPort())) {
      socket.setSoTimeout(10_000);
      socket
          .getOutputStream()
          .write(
              ("GET /orders HTTP/1.1\r\nHost: x\r\nX-Big: "
                      + "b".repeat(64 * 1024)
                      + "\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(response).startsWith("HTTP/1.1 431").contains(Problem.MEDIA_TYPE);
      assertThat(response.substring(response.indexOf("\r\n\r\n") + 4)).contains("\"status\":431");
    }
  }

  @Test
  void anUnknownPathIsA404Problem() throws IOException {
    Answer answer = send("GET", "/nowhere", null);

    assertThat(answer.status()).isEqualTo(404);
    answer.problem();
  }

  @Test
  void aCancelWhoseBodyIsNullIsRefusedWith422() throws IOException {
    Answer answer = send("POST", "/orders/o-1/cancel", "null");

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.problem().path("errors").findValuesAsText("field")).contains("body");
  }

  @Test
  void aTokenInTheQueryStringIs401() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", app.getLocalPort())) {
      socket.setSoTimeout(10_000);
      socket
          .getOutputStream()
          .write(
              ("GET /orders/o-1?access_token=dev-service-token HTTP/1.1\r\nHost: x\r\n"
                      + "Connection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(response).startsWith("HTTP/1.1 401");
    }
  }
}
