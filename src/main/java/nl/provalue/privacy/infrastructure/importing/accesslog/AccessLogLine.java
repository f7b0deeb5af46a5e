package nl.provalue.privacy.infrastructure.importing.accesslog;

import java.time.Instant;
import java.util.Objects;

/**
 * One request read from a web server's access log.
 *
 * @param virtualHost   the virtual host in lower case without port, or {@code null} when the log
 *                      format has no virtual host field
 * @param clientIp      the client address as logged: an IPv4 or IPv6 literal, or a host name when
 *                      the server resolved addresses (at most 45 characters)
 * @param requestedAt   the time the request was received
 * @param method        the HTTP method, or {@code "-"} when the request line was not a valid HTTP
 *                      request (empty, TLS bytes on a plain port and the like)
 * @param path          the request target as logged (escape sequences written by the server are
 *                      kept), or the whole request line when the method is {@code "-"}; at most
 *                      {@value AccessLogParser#MAX_PATH_LENGTH} characters
 * @param status        the final HTTP status code, 100 to 599
 * @param responseBytes the size of the response body; 0 when the server logged {@code -}
 */
public record AccessLogLine(
        String virtualHost,
        String clientIp,
        Instant requestedAt,
        String method,
        String path,
        int status,
        long responseBytes) {

    public AccessLogLine {
        Objects.requireNonNull(clientIp, "clientIp");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
    }
}
