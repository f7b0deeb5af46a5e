package nl.provalue.privacy.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import nl.provalue.privacy.infrastructure.security.RequestOrigin;

/**
 * Refuses requests that change something unless they come from the portal itself. A page of
 * another site can make a browser send a form or a {@code text/plain} POST with the portal's
 * cookies, but it cannot set {@code Content-Type: application/json} or a custom header without the
 * portal's consent (a CORS pre-flight, which the portal never grants), and the browser names the
 * page it comes from. So:
 * <ul>
 * <li>every POST, PUT, PATCH and DELETE from another origin is refused;</li>
 * <li>under {@code /api}, such a request must be JSON or carry {@code X-Requested-With} (scripts
 *     that upload a log file send that header).</li>
 * </ul>
 * Refusals are RFC 9457 problem details.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestGuardFilter extends HttpFilter {

    static final String SCRIPT_HEADER = "X-Requested-With";
    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // RDAP changes nothing and answers every origin (P10); it refuses other methods itself.
        boolean rdap = request.getServletPath().equals("/rdap")
                || request.getServletPath().startsWith("/rdap/");
        if (CHANGING.contains(request.getMethod()) && !rdap) {
            // The servlet path is decoded and normalised: /%61pi or /api;x/ cannot slip past.
            String servletPath = request.getServletPath();
            if (!RequestOrigin.isSameOrigin(request)) {
                Problems.send(
                        response,
                        HttpServletResponse.SC_FORBIDDEN,
                        "Request from another site",
                        "This request comes from another website and was not carried out.");
                return;
            }
            if ((servletPath.equals("/api") || servletPath.startsWith("/api/"))
                    && !isJson(request.getContentType())
                    && request.getHeader(SCRIPT_HEADER) == null) {
                Problems.send(
                        response,
                        HttpServletResponse.SC_FORBIDDEN,
                        "JSON or X-Requested-With required",
                        "Requests that change data must be sent as application/json, or carry the header "
                                + SCRIPT_HEADER + ".");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }
}
