package nl.provalue.privacy.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** After each API call made with a key: the call, its answer and the key's name in the audit trail. */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ApiCallAuditFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(ApiCallAuditFilter.class.getName());

    @Inject
    ApiCallAudit audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            try {
                audit.record(request, request.getRequestURI(), response.getStatus());
            } catch (RuntimeException e) {
                // The answer is on its way and the call cannot be undone; the server log keeps what the trail missed.
                LOG.log(
                        Level.WARNING,
                        "An API call made with a key could not be recorded in the audit trail: " + request.getMethod()
                                + " " + request.getRequestURI() + " " + response.getStatus(),
                        e);
            }
        }
    }
}
