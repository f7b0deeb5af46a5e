package nl.provalue.privacy.testsupport;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Waits until the freshly deployed portal says it is ready (schema migrated, login form warmed
 * up), so that a test's first request does not race the portal's own start-up.
 */
public final class Readiness {

    private Readiness() {}

    public static void await(URL base) {
        URI health = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/health/ready");
        // Also over HTTPS, through a balancer that ends TLS with a certificate of its own.
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .sslContext(TestTls.trustingContext())
                .build();
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end) {
            try {
                if (http.send(
                                        HttpRequest.newBuilder(health)
                                                .timeout(Duration.ofSeconds(5))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
                Thread.sleep(250);
            } catch (java.io.IOException e) {
                // not answering yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("The portal did not become ready: " + health);
    }
}
