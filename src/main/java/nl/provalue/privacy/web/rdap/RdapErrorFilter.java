package nl.provalue.privacy.web.rdap;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.provalue.privacy.application.registration.RdapDocument;
import nl.provalue.privacy.web.Problems;

/**
 * P10: an error the container raises for a request under {@code /rdap/} (a path it cannot
 * decode, a refused method, a failure) is answered as RDAP JSON with the CORS header, not with
 * the portal's HTML error page: RDAP clients read errors too (RFC 9083 §6).
 */
@WebFilter(urlPatterns = "/error/*", dispatcherTypes = DispatcherType.ERROR)
public class RdapErrorFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String rdap = request.getContextPath() + "/rdap";
        if (uri instanceof String u && (u.equals(rdap) || u.startsWith(rdap + "/"))) {
            Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            int status = code instanceof Integer c ? c : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
            RdapAnswer.send(
                    response,
                    status,
                    RdapDocument.error(
                            status,
                            Problems.title(status),
                            status >= 500
                                    ? "The RDAP service could not answer; please try again later."
                                    : "This request cannot be answered. See /rdap/help."),
                    !"HEAD".equals(request.getMethod()));
            return;
        }
        chain.doFilter(request, response);
    }
}
