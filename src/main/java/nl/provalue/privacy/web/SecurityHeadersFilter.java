package nl.provalue.privacy.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.provalue.privacy.infrastructure.security.TransportPolicy;

/**
 * The headers every answer carries. Nothing but static resources may be cached (every page and
 * API answer may hold personal data); no page may be framed (clickjacking of consent and withdraw
 * buttons); no content sniffing; no address with a one-time token leaks to another site; HSTS once
 * HTTPS is required. Faces pages get their Content-Security-Policy, with a nonce for the scripts of
 * that page, from PrimeFaces' CSP mode (web.xml); every other answer gets one that allows nothing
 * but what it is.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    /** For answers that are not pages: JSON, downloads, plain errors. */
    static final String NON_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean staticResource = path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")
                || path.equals("/favicon.ico");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (!staticResource) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        if (isNonPage(request.getServletPath())) {
            response.setHeader("Content-Security-Policy", NON_PAGE_POLICY);
        }
        if (TransportPolicy.current().httpsOnly() && request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }

    /**
     * The servlets that answer with something other than a page: JSON, RDAP, downloads. Pages,
     * and the error pages any other request may end on, get their policy from PrimeFaces; two
     * policies on one answer would both apply.
     */
    static boolean isNonPage(String servletPath) {
        return servletPath.equals("/api") || servletPath.startsWith("/api/") || servletPath.equals("/rdap")
                || servletPath.startsWith("/rdap/") || servletPath.equals("/documents/item")
                || servletPath.equals("/staff/attachment") || servletPath.equals("/public/transparency.csv");
    }
}
