package nl.provalue.privacy.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import nl.provalue.privacy.application.SignedInCaller;
import nl.provalue.privacy.application.apitoken.ApiTokens;

/**
 * Records every API call made with a key, once, with its answer: after the call itself
 * ({@link ApiCallAuditFilter}), or, when the container refused it before any of the portal's code
 * ran (a scope the key lacks), on the way to the error answer ({@link ApiErrorFilter}).
 */
@ApplicationScoped
public class ApiCallAudit {

    private static final String RECORDED = ApiCallAudit.class.getName() + ".recorded";
    /** Paths longer than this are recorded shortened and marked; the API's own paths are far shorter. */
    static final int PATH_LENGTH = 300;

    @Inject
    ApiTokens tokens;

    void record(HttpServletRequest request, String path, int status) {
        if (request.getAttribute(RECORDED) != null
                || !(request.getAttribute(SignedInCaller.SYSTEM_CALLER) instanceof SignedInCaller system)) {
            return;
        }
        request.setAttribute(RECORDED, Boolean.TRUE);
        String shown = path.length() <= PATH_LENGTH
                ? path
                : path.substring(0, PATH_LENGTH) + "… (" + path.length() + " characters)";
        tokens.recordCall(system, request.getMethod(), shown, status, request.getRemoteAddr());
    }
}
