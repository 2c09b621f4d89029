package dev.ordersaga.api.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own refusals, raised before any resource runs (a suspicious character in the path, a
 * malformed request line, headers too large), as problems instead of Jetty's HTML page. Set on the
 * server and on the application's servlet context.
 */
public final class ProblemErrorHandler extends ErrorHandler {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int code = response.getStatus();
    Object message = request.getAttribute(ERROR_MESSAGE);
    generateCacheControl(response);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
    response.write(
        true, ByteBuffer.wrap(body(code, message == null ? null : message.toString())), callback);
    return true;
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(new HttpField(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE));
    return ByteBuffer.wrap(body(status, reason));
  }

  static byte[] body(int code, String message) {
    String reason = HttpStatus.getMessage(code);
    String detail = message == null || message.isBlank() ? reason : message;
    Problem problem = Problem.ofStatus(code, reason, detail);
    try {
      return JSON.writeValueAsBytes(problem);
    } catch (JsonProcessingException e) {
      return ("{\"type\":\"/problems/error\",\"title\":\"Error\",\"status\":" + code + "}")
          .getBytes(StandardCharsets.UTF_8);
    }
  }
}
