package dev.ordersaga.codecserver;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.common.v1.Payloads;
import io.temporal.payload.codec.PayloadCodec;
import io.temporal.payload.codec.PayloadCodecException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Temporal's remote codec protocol: {@code POST /encode} and {@code POST /decode} take and answer
 * {@code {"payloads":[{"metadata":{...},"data":"..."}]}} (Payloads in protobuf JSON, bytes in
 * base64). Answers 401 without access ({@link CodecAccess}), 400 when the body is not payloads or a
 * payload cannot be decoded (unknown key, tampered), 404 for other paths and 405 for other methods;
 * {@code OPTIONS} is the browser's CORS preflight. Every answer to an allowed origin carries the
 * CORS headers, credentials included.
 */
final class CodecHandler implements HttpHandler {
  private static final Logger log = LoggerFactory.getLogger(CodecHandler.class);
  private static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

  private final PayloadCodec codec;
  private final CodecAccess access;

  CodecHandler(PayloadCodec codec, CodecAccess access) {
    this.codec = codec;
    this.access = access;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String origin = exchange.getRequestHeaders().getFirst("Origin");
      if (access.allowsOrigin(origin)) {
        cors(exchange.getResponseHeaders(), origin);
      }
      String method = exchange.getRequestMethod();
      UnaryOperator<List<Payload>> operation = operation(exchange.getRequestURI().getPath());
      if (operation == null) {
        problem(exchange, 404, "no such endpoint: POST /encode or /decode");
      } else if (method.equals("OPTIONS")) {
        exchange.sendResponseHeaders(access.allowsOrigin(origin) ? 200 : 403, -1);
      } else if (!method.equals("POST")) {
        exchange.getResponseHeaders().set("Allow", "POST, OPTIONS");
        problem(exchange, 405, "use POST");
      } else if (!access.admits(exchange.getRequestHeaders().getFirst("Authorization"), origin)) {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
        problem(exchange, 401, "present the operator token: Authorization: Bearer ...");
      } else {
        answer(exchange, operation);
      }
    }
  }

  private UnaryOperator<List<Payload>> operation(String path) {
    String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    if (trimmed.endsWith("/encode")) {
      return codec::encode;
    }
    if (trimmed.endsWith("/decode")) {
      return codec::decode;
    }
    return null;
  }

  private void answer(HttpExchange exchange, UnaryOperator<List<Payload>> operation)
      throws IOException {
    Payloads.Builder request = Payloads.newBuilder();
    try {
      JsonFormat.parser().ignoringUnknownFields().merge(body(exchange), request);
    } catch (InvalidProtocolBufferException | IllegalArgumentException e) {
      problem(exchange, 400, "the body is not {\"payloads\":[...]}: " + e.getMessage());
      return;
    }
    List<Payload> result;
    try {
      result = operation.apply(request.getPayloadsList());
    } catch (PayloadCodecException e) {
      log.warn("codec request refused: {}", e.getMessage());
      problem(exchange, 400, e.getMessage());
      return;
    }
    String json = JsonFormat.printer().print(Payloads.newBuilder().addAllPayloads(result));
    send(exchange, 200, json);
  }

  private static String body(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
      if (bytes.length > MAX_BODY_BYTES) {
        throw new IllegalArgumentException("larger than " + MAX_BODY_BYTES + " bytes");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private static void cors(Headers headers, String origin) {
    headers.set("Access-Control-Allow-Origin", origin);
    headers.set("Access-Control-Allow-Credentials", "true");
    headers.set("Access-Control-Allow-Methods", "POST, OPTIONS");
    headers.set("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Namespace");
    headers.set("Access-Control-Max-Age", "600");
    headers.set("Vary", "Origin");
  }

  private static void problem(HttpExchange exchange, int status, String detail) throws IOException {
    String escaped = detail.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ");
    send(exchange, status, "{\"status\":" + status + ",\"detail\":\"" + escaped + "\"}");
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
