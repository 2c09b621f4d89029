package dev.ordersaga.sandbox.faults;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;

/**
 * A servlet filter giving every request an attribute that closes its TCP connection, for the {@code
 * DROP} and {@code DROP_AFTER} faults (Jersey only sees proxies of the servlet request).
 */
public final class ConnectionCaptureFilter implements Filter {
  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    EndPoint endPoint =
        ServletContextRequest.getServletContextRequest(request)
            .getConnectionMetaData()
            .getConnection()
            .getEndPoint();
    Runnable close = endPoint::close;
    request.setAttribute(ConnectionDropper.ATTRIBUTE, close);
    chain.doFilter(request, response);
  }
}
