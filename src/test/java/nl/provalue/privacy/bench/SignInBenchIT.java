package nl.provalue.privacy.bench;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.provalue.privacy.domain.account.PasswordHasher;
import nl.provalue.privacy.testsupport.Db;
import nl.provalue.privacy.testsupport.PortalDeployment;
import nl.provalue.privacy.testsupport.PortalHttp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How many sign-ins a core can check with the password hash settings chosen (PBKDF2-HMAC-SHA256,
 * 600,000 iterations): the hash alone on one and on two threads in this JVM, and whole sign-ins
 * ({@code POST /j_security_check}, throttle look-ups, records, a new session) against the portal
 * with two clients at once. Run with {@code mvn -Pbench verify}; figures in target/perf/sign-in.txt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInBenchIT {

    private static final int HASHES = 40;
    private static final int SIGN_INS = 60;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.withTestClasses();
    }

    @ArquillianResource
    URL base;

    @Test
    void signInsPerSecondPerCore() throws Exception {
        PasswordHasher hasher = new PasswordHasher();
        String stored = hasher.hash("Een lange zin als wachtwoord".toCharArray());
        for (int i = 0; i < 5; i++) {
            hasher.matches("warm-up".toCharArray(), stored);
        }
        double oneThread = hashesPerSecond(hasher, stored, 1);
        double twoThreads = hashesPerSecond(hasher, stored, 2);

        // Whole sign-ins against the portal: two clients, each with accounts of its own so that
        // the throttle (by name and by address) never steps in.
        List<String> names = new ArrayList<>();
        for (int i = 0; i < SIGN_INS; i++) {
            String name = "bench.signin." + i;
            Db.newCustomerAccount(name, "Een lange zin als wachtwoord", name + "@example.nl");
            names.add(name);
        }
        // The bench accounts have cheap hashes (1,000 iterations); give them the real setting.
        Db.update("UPDATE user_account SET password_hash = ? WHERE username LIKE 'bench.signin.%'", stored);
        new PortalHttp(base).login(names.get(0), "Een lange zin als wachtwoord");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        long start = System.nanoTime();
        List<Future<Integer>> done = new ArrayList<>();
        for (String name : names.subList(1, names.size())) {
            done.add(pool.submit(() -> {
                PortalHttp http = new PortalHttp(base);
                HttpResponse<String> r = http.postForm(
                        "/j_security_check", "j_username=" + name + "&j_password=Een+lange+zin+als+wachtwoord");
                return r.statusCode();
            }));
        }
        for (Future<Integer> f : done) {
            if (f.get() != 302) {
                throw new IllegalStateException("sign-in failed: " + f.get());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        double signInsPerSecond = (names.size() - 1) / seconds;
        int cores = Runtime.getRuntime().availableProcessors();

        String report = String.format(
                java.util.Locale.ROOT,
                """
                PBKDF2-HMAC-SHA256, %d iterations (client and server on the same %d-core machine)
                hash checks, 1 thread:   %.1f /s (%.0f ms each)
                hash checks, 2 threads:  %.1f /s
                whole sign-ins over HTTPS, 2 clients: %d in %.1f s = %.1f /s, %.1f /s per core
                """,
                PasswordHasher.DEFAULT_ITERATIONS,
                cores,
                oneThread,
                1000 / oneThread,
                twoThreads,
                names.size() - 1,
                seconds,
                signInsPerSecond,
                signInsPerSecond / cores);
        System.out.println(report);
        Path out = Path.of("target/perf");
        try {
            Files.createDirectories(out);
            Files.writeString(out.resolve("sign-in.txt"), report);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double hashesPerSecond(PasswordHasher hasher, String stored, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<Boolean>> done = new ArrayList<>();
        for (int i = 0; i < HASHES; i++) {
            done.add(pool.submit(() -> hasher.matches("Een lange zin als wachtwoord".toCharArray(), stored)));
        }
        for (Future<Boolean> f : done) {
            f.get();
        }
        pool.shutdown();
        return HASHES / ((System.nanoTime() - start) / 1e9);
    }
}
