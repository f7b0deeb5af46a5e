package nl.provalue.privacy.infrastructure.config;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;

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

    @jakarta.inject.Inject
    nl.provalue.privacy.infrastructure.persistence.StartupState state;

    public void schedule() {
        executor.schedule(() -> attempt(1), 1, TimeUnit.SECONDS);
    }

    private void attempt(int n) {
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<Void> r = client.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + String.valueOf(port).trim() + "/login.xhtml"))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() < 400) { // 200, or the redirect to HTTPS where that is required
                state.markLoginReady();
                return;
            }
        } catch (java.io.IOException e) {
            // Not listening yet.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (n < 60) {
            executor.schedule(() -> attempt(n + 1), 1, TimeUnit.SECONDS);
        } else {
            // Readiness does not wait for ever: the portal works, only a script's very first login may fail.
            LOG.warning("The login page did not answer during start-up");
            state.markLoginReady();
        }
    }
}
