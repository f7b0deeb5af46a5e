package nl.provalue.privacy.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Whether the portal must be reached over HTTPS only: {@code PORTAL_HTTPS_ONLY=true} or
 * {@code false}, or {@code auto} (the default): HTTPS only, except on the embedded database of the
 * local quick start, which runs in a browser on {@code http://localhost}. Where HTTPS is required,
 * plain HTTP is redirected, HSTS is sent and every cookie is {@code Secure}. Behind a
 * TLS-terminating proxy, Liberty's {@code remoteIp} (server.xml) makes a request from a configured
 * proxy address with {@code X-Forwarded-Proto: https} count as secure, and only such a request.
 */
public final class TransportPolicy {

    private static final Logger LOG = Logger.getLogger(TransportPolicy.class.getName());
    private static volatile TransportPolicy current;

    private final boolean httpsOnly;
    private final int httpsPort;
    /** PORTAL_PUBLIC_URL when it is an https address: where plain HTTP is sent, whatever Host said. */
    private final String httpsBase;

    TransportPolicy(boolean httpsOnly, int httpsPort, String publicUrl) {
        this.httpsOnly = httpsOnly;
        this.httpsPort = httpsPort;
        String base = publicUrl == null ? "" : publicUrl.trim();
        this.httpsBase =
                base.startsWith("https://") ? (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) : null;
    }

    /** Decided once, at start: from the setting, else from the database in use. */
    public static TransportPolicy current() {
        TransportPolicy policy = current;
        if (policy == null) {
            synchronized (TransportPolicy.class) {
                if (current == null) {
                    current = decide();
                    LOG.info(
                            current.httpsOnly
                                    ? "HTTPS only (HSTS, secure cookies)"
                                    : "Plain HTTP allowed (local quick start)");
                }
                policy = current;
            }
        }
        return policy;
    }

    private static TransportPolicy decide() {
        try {
            InitialContext jndi = new InitialContext();
            String setting =
                    String.valueOf(jndi.lookup("portal/httpsOnly")).trim().toLowerCase(Locale.ROOT);
            int port = Integer.parseInt(
                    String.valueOf(jndi.lookup("portal/httpsPort")).trim());
            boolean only = switch (setting) {
                case "true" -> true;
                case "false" -> false;
                default -> !embeddedDatabase((DataSource) jndi.lookup("jdbc/portal"));
            };
            return new TransportPolicy(only, port, String.valueOf(jndi.lookup("portal/publicUrl")));
        } catch (NamingException | NumberFormatException e) {
            // Without its settings the portal takes the safe side.
            LOG.warning("HTTPS setting unreadable, requiring HTTPS: " + e);
            return new TransportPolicy(true, 443, null);
        }
    }

    private static boolean embeddedDatabase(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("h2");
        } catch (SQLException e) {
            return false;
        }
    }

    public boolean httpsOnly() {
        return httpsOnly;
    }

    /** A request that must move to HTTPS before anything is done with it. */
    public boolean mustUpgrade(HttpServletRequest request) {
        return httpsOnly && !request.isSecure();
    }

    /** The same address over HTTPS. */
    public String httpsUrl(HttpServletRequest request) {
        StringBuilder url = new StringBuilder();
        if (httpsBase != null) {
            url.append(httpsBase);
        } else {
            url.append("https://").append(request.getServerName());
            if (httpsPort != 443) {
                url.append(':').append(httpsPort);
            }
        }
        url.append(request.getRequestURI());
        if (request.getQueryString() != null) {
            url.append('?').append(request.getQueryString());
        }
        return url.toString();
    }
}
