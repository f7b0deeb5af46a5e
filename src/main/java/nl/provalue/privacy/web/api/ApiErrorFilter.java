package nl.provalue.privacy.web.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.provalue.privacy.web.Problems;

/**
 * Errors the container answers itself for an API call (a role the caller lacks, a request it
 * cannot read) are problem details too, not the error pages people see.
 */
@WebFilter(urlPatterns = "/error/*", dispatcherTypes = DispatcherType.ERROR)
public class ApiErrorFilter extends HttpFilter {

    @jakarta.inject.Inject
    ApiCallAudit audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (uri instanceof String original && original.startsWith(request.getContextPath() + "/api/")) {
            int code = status instanceof Integer s ? s : 500;
            audit.record(request, original, code);
            Problems.send(response, code, Problems.title(code), null);
            return;
        }
        chain.doFilter(request, response);
    }
}
