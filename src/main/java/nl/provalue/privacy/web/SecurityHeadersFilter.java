package nl.provalue.privacy.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import nl.provalue.privacy.infrastructure.security.TransportPolicy;

/**
 * The headers every answer carries. Nothing but static resources may be cached (every page and
 * API answer may hold personal data); a static resource whose address carries its version is kept
 * for a year, any other is asked for again each time. No page may be framed (clickjacking of
 * consent and withdraw buttons); no content sniffing; no address with a one-time token leaks to
 * another site; HSTS once HTTPS is required. Faces pages get their Content-Security-Policy, with a
 * nonce for the scripts of that page, from PrimeFaces' CSP mode (web.xml); every other answer gets
 * one that allows nothing but what it is.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** For answers that are not pages: JSON, downloads, plain errors. */
    static final String NON_PAGE_POLICY =
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean staticResource = path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/resources/")
                || path.equals("/favicon.ico");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        HttpServletResponse answer = response;
        boolean fromMemory = false;
        if (!staticResource || isDynamicContent(request.getQueryString())) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        } else {
            response.setHeader(
                    "Cache-Control", isVersioned(request.getQueryString()) ? VERSIONED_CACHE : UNVERSIONED_CACHE);
            // A shared cache must keep the compressed and the plain answer apart.
            response.setHeader("Vary", "Accept-Encoding");
            answer = new StaticResourceResponse(response);
            fromMemory = isVersioned(request.getQueryString())
                    && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
        }
        if (isNonPage(request.getServletPath())) {
            response.setHeader("Content-Security-Policy", NON_PAGE_POLICY);
        }
        if (TransportPolicy.current().httpsOnly() && request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (fromMemory) {
            resources.serve(request, answer, chain);
        } else {
            chain.doFilter(request, answer);
        }
    }

    /** Versioned resources, kept in memory after their first request. */
    private final transient ResourceCache resources = new ResourceCache();

    /**
     * A static resource whose address carries its version ({@code v=}: PrimeFaces' library version,
     * or the content hash VersionedResourceHandler gives the portal's own) never changes under that
     * address: kept a year, never asked for again.
     */
    static final String VERSIONED_CACHE = "public, max-age=31536000, immutable";

    /** Without a version the browser may keep it but asks each time (an unchanged file answers 304). */
    static final String UNVERSIONED_CACHE = "no-cache";

    static boolean isVersioned(String query) {
        return QueryStrings.has(query, VersionedResourceHandler.VERSION_PARAMETER);
    }

    /**
     * PrimeFaces' dynamic content (StreamedContent behind p:graphicImage, p:media, …) is served
     * under /jakarta.faces.resource/ too, but is made per request and may be personal data.
     */
    static boolean isDynamicContent(String query) {
        return QueryStrings.has(query, "pfdrid");
    }

    /**
     * Keeps the caching headers decided above: the Faces resource handler and the default servlet
     * set their own (a week), which would otherwise replace them. An error answer (a resource that
     * does not exist) is not cached at all.
     */
    private static final class StaticResourceResponse extends HttpServletResponseWrapper {

        StaticResourceResponse(HttpServletResponse wrapped) {
            super(wrapped);
        }

        private static boolean isCacheHeader(String name) {
            return "Cache-Control".equalsIgnoreCase(name)
                    || "Expires".equalsIgnoreCase(name)
                    || "Pragma".equalsIgnoreCase(name);
        }

        private void notCachedIfError(int status) {
            if (status >= 400) {
                super.setHeader("Cache-Control", "no-store");
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!isCacheHeader(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!isCacheHeader(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!isCacheHeader(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!isCacheHeader(name)) {
                super.addDateHeader(name, date);
            }
        }

        @Override
        public void setStatus(int status) {
            notCachedIfError(status);
            super.setStatus(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            notCachedIfError(status);
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            notCachedIfError(status);
            super.sendError(status, message);
        }
    }

    /**
     * The servlets that answer with something other than a page: JSON, RDAP, downloads. Pages,
     * and the error pages any other request may end on, get their policy from PrimeFaces; two
     * policies on one answer would both apply.
     */
    static boolean isNonPage(String servletPath) {
        return servletPath.equals("/api")
                || servletPath.startsWith("/api/")
                || servletPath.equals("/rdap")
                || servletPath.startsWith("/rdap/")
                || servletPath.equals("/documents/item")
                || servletPath.equals("/staff/attachment")
                || servletPath.equals("/public/transparency.csv");
    }
}
