package nl.provalue.privacy.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.provalue.privacy.domain.account.TotpSecret;
import nl.provalue.privacy.domain.account.TotpVerifier;

/**
 * Codes of the demo staff members' authenticator apps, computed from the demo secrets as the app
 * would. The portal accepts each code once and only within one step of the clock, so each sign-in
 * takes the next unused step, waiting for the clock where all three are used.
 */
public final class StaffCodes {

    private static final TotpVerifier TOTP = new TotpVerifier();
    private static final Map<String, TotpSecret> SECRETS = load();
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();
    private static final java.util.concurrent.atomic.AtomicLong WAITED_SECONDS =
            new java.util.concurrent.atomic.AtomicLong();

    static {
        // What sign-ins of staff cost the test run in waiting for codes, for whoever trims its length.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (WAITED_SECONDS.get() > 0) {
                System.out.println(
                        "Staff sign-ins waited " + WAITED_SECONDS.get() + " s in all for a fresh authenticator code");
            }
        }));
    }

    private StaffCodes() {}

    public static boolean has(String username) {
        return SECRETS.containsKey(username);
    }

    public static TotpSecret secret(String username) {
        return SECRETS.get(username);
    }

    /** A code the portal has not seen yet for this person. */
    public static synchronized String next(String username) {
        return next(username, SECRETS.get(username));
    }

    /** The same for any secret (a test's own enrolled account). */
    public static synchronized String next(String key, TotpSecret secret) {
        while (true) {
            long now = TOTP.stepOf(Instant.now());
            // Never the previous step: the clock may pass a step boundary before the code arrives.
            long step = Math.max(now, LAST_STEP.getOrDefault(key, Long.MIN_VALUE) + 1);
            if (step <= now + 1) {
                LAST_STEP.put(key, step);
                return TOTP.codeAt(secret, step);
            }
            try {
                Thread.sleep(1000);
                WAITED_SECONDS.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Map<String, TotpSecret> load() {
        Map<String, TotpSecret> secrets = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                StaffCodes.class.getResourceAsStream("/demo/staff.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cols = line.split("\t");
                    secrets.put(cols[0], TotpSecret.fromBase32(cols[5]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return secrets;
    }
}
