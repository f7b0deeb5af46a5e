package nl.provalue.privacy.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;

/**
 * Whether a request that changes something was sent by the portal's own pages. Browsers name the
 * page a request comes from in {@code Origin} (on every POST, PUT and DELETE) and say in
 * {@code Sec-Fetch-Site} whether it is another site; a forged request from another site shows
 * either. Scripts send neither, and are checked by what they must send instead (JSON, or a
 * header no form can set: see {@code RequestGuardFilter}).
 */
public final class RequestOrigin {

    private RequestOrigin() {}

    public static boolean isSameOrigin(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            String referer = request.getHeader("Referer");
            return referer == null || sameOrigin(referer, request);
        }
        return sameOrigin(origin, request);
    }

    /**
     * The origin's host and port against the {@code Host} the browser addressed (which a proxy
     * passes on unchanged), so the check holds behind a TLS-terminating proxy too.
     */
    static boolean sameOrigin(String url, HttpServletRequest request) {
        String host = request.getHeader("Host");
        if (host == null || host.isBlank()) {
            // HTTP/2 names the host in :authority, which the container gives as server name and port.
            host = request.getServerName() + ":" + request.getServerPort();
        }
        try {
            URI origin = URI.create(url.trim());
            URI addressed = URI.create("//" + host.trim());
            if (origin.getScheme() == null || origin.getHost() == null || addressed.getHost() == null) {
                return false;
            }
            int originPort = origin.getPort() != -1
                    ? origin.getPort()
                    : origin.getScheme().toLowerCase(Locale.ROOT).equals("https") ? 443 : 80;
            int addressedPort = addressed.getPort() != -1 ? addressed.getPort() : originPort;
            return origin.getHost().equalsIgnoreCase(addressed.getHost()) && originPort == addressedPort;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
