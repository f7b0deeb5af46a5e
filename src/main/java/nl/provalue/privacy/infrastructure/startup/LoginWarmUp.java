package nl.provalue.privacy.infrastructure.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Asks for the login page once, just after start. Until the first page of the application has
 * been served, Liberty answers a form login posted straight to {@code j_security_check} (as
 * scripts do) with 401 instead of handing it to the application's authentication mechanism; the
 * first page request sets the mechanism up. It also spares the first visitor the Faces warm-up.
 * Readiness ({@code /health/ready}) waits for it.
 */
@ApplicationScoped
public class LoginWarmUp {

    private static final Logger LOG = Logger.getLogger(LoginWarmUp.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    @Resource(lookup = "portal/httpPort")
    Object port;

    @Resource(lookup = "portal/httpsPort")
    Object httpsPort;

    /**
     * The login page, asked for the way people reach it: over HTTPS where that is required (a
     * redirect alone does not set the mechanism up). The request goes to this server itself on
     * loopback, so its certificate, self-signed or not, is not checked for this one request.
     */
    private boolean answers() throws java.io.IOException {
        boolean https = nl.provalue.privacy.infrastructure.security.TransportPolicy.current()
                .httpsOnly();
        java.net.URL url = URI.create(
                        https
                                ? "https://localhost:"
                                        + String.valueOf(httpsPort).trim().replace("\"", "") + "/login.xhtml"
                                : "http://localhost:" + String.valueOf(port).trim() + "/login.xhtml")
                .toURL();
        java.net.HttpURLConnection c = (java.net.HttpURLConnection) url.openConnection();
        if (c instanceof javax.net.ssl.HttpsURLConnection tls) {
            tls.setSSLSocketFactory(OwnServer.SOCKETS);
            tls.setHostnameVerifier((host, session) -> "localhost".equals(host));
        }
        c.setConnectTimeout(5000);
        c.setReadTimeout(20000);
        c.setInstanceFollowRedirects(false);
        try {
            return c.getResponseCode() == 200;
        } finally {
            c.disconnect();
        }
    }

    /** TLS to this server itself on loopback. */
    private static final class OwnServer {
        static final javax.net.ssl.SSLSocketFactory SOCKETS = create();

        private static javax.net.ssl.SSLSocketFactory create() {
            try {
                javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
                context.init(
                        null,
                        new javax.net.ssl.TrustManager[] {
                            new javax.net.ssl.X509TrustManager() {
                                @Override
                                public void checkClientTrusted(
                                        java.security.cert.X509Certificate[] chain, String authType) {}

                                @Override
                                public void checkServerTrusted(
                                        java.security.cert.X509Certificate[] chain, String authType) {}

                                @Override
                                public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                                    return new java.security.cert.X509Certificate[0];
                                }
                            }
                        },
                        null);
                return context.getSocketFactory();
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @jakarta.inject.Inject
    nl.provalue.privacy.infrastructure.startup.StartupState state;

    /** How often the page is asked for until it answers: often, since readiness waits for it. */
    private static final long EVERY_MILLIS = 250;
    /** After this long, readiness stops waiting. */
    private static final long GIVE_UP_MILLIS = 60_000;

    public void schedule() {
        executor.schedule(() -> attempt(1), EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void attempt(int n) {
        try {
            if (answers()) {
                state.markLoginReady();
                return;
            }
        } catch (java.io.IOException e) {
            // Not listening yet.
        }
        if (n * EVERY_MILLIS < GIVE_UP_MILLIS) {
            executor.schedule(() -> attempt(n + 1), EVERY_MILLIS, TimeUnit.MILLISECONDS);
        } else {
            // Readiness does not wait for ever: the portal works, only a script's very first login may fail.
            LOG.warning("The login page did not answer during start-up");
            state.markLoginReady();
        }
    }
}
