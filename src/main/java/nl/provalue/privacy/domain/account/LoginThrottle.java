package nl.provalue.privacy.domain.account;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a sign-in attempt may be checked at all, given the recent failed attempts: OWASP ASVS
 * 4.0.3 V2.2.1 (anti-automation: growing delays, soft lock-out, "no more than 100 failed attempts
 * per hour is possible on a single account") and NIST SP 800-63B §5.2.2 (rate limiting, with
 * waits that grow with the failures).
 *
 * <p><b>Keys.</b> Failures are counted per {@linkplain #userNameKey typed user name} and per
 * {@linkplain #addressKey source address}. The rule is keyed by what was typed, never by whether an
 * account exists: a name that belongs to no one is throttled exactly like a real one, so the
 * answer (and its timing) tells an attacker nothing about which names exist. Only the e-mail to the owner, which an attacker does not
 * see, depends on the account existing.
 *
 * <p><b>Per user name</b> (bounds guessing on one account from any number of addresses):
 * <table>
 * <caption>wait before the next attempt, counted from the last failure</caption>
 * <tr><th>failures in the last hour</th><th>wait</th></tr>
 * <tr><td>0–3</td><td>none: typos cost nothing</td></tr>
 * <tr><td>4, 5, 6, 7, 8, 9</td><td>1, 2, 4, 8, 16, 32 s</td></tr>
 * <tr><td>10 or more</td><td>lock: 15 minutes from the last failure</td></tr>
 * </table>
 * A person who mistypes a few times hardly notices; a script is slowed at once and stopped at ten.
 * The lock is short on purpose: an attacker who only wants to keep a customer out can renew it
 * with one attempt per 15 minutes, but can never shut the account for longer than 15 minutes per
 * attempt, and no delay or lock is ever longer than {@link #LOCK}. The whole schedule lets through
 * at most {@link #maxFailuresPerHourPerAccount()} failures in any hour, far below ASVS's 100.
 *
 * <p><b>Per source address</b> (bounds one machine spraying many names, which the per-name
 * counter does not see): 20 failures an hour are free, because an office or a carrier-grade NAT
 * puts many honest people behind one address; from the 20th the wait doubles from 1 s up to
 * 1 minute; at 50 the address is locked for 15 minutes. The waits stop growing at one minute
 * (rather than 15) so that the lock is reachable: with doubling up to 15 minutes the window would
 * forget the first failures before the 50th came, and the lock would never happen. An IPv6
 * address counts per /64, the block one line or host normally gets.
 *
 * <p><b>Using it.</b> Before checking a password, the caller asks {@link #decide} with the
 * failures of the last hour ({@link #WINDOW}) for the typed name and for the address. A refused
 * attempt is not checked and not counted; only a password that was checked and did not match is a
 * failure. A successful sign-in may clear the name's failures. Two decisions with
 * {@link Decision#isUserNameLock()} and the same {@link Decision#refusedUntil()} are the same lock,
 * so the owner is told once per lock. Pure: no clock inside, {@code now} is passed in.
 */
public final class LoginThrottle {

    /** How far back failures count. */
    public static final Duration WINDOW = Duration.ofHours(1);
    /** The length of a lock, and the most any attempt ever has to wait. */
    public static final Duration LOCK = Duration.ofMinutes(15);

    static final Schedule PER_USER_NAME = new Schedule(4, 10, LOCK);
    static final Schedule PER_ADDRESS = new Schedule(20, 50, Duration.ofMinutes(1));

    /** Long enough for the counts to settle into their steady rhythm after the first burst. */
    private static final Duration SIMULATED = Duration.ofHours(12);

    private LoginThrottle() {}

    /**
     * May this attempt be checked now?
     *
     * @param forUserName failures in the last hour for the typed user name ({@link #userNameKey})
     * @param forAddress  failures in the last hour from the source address ({@link #addressKey})
     * @param now         the moment of the attempt
     */
    public static Decision decide(Failures forUserName, Failures forAddress, Instant now) {
        Objects.requireNonNull(now, "now");
        Optional<Instant> nameUntil = PER_USER_NAME.refusedUntil(forUserName, now);
        Optional<Instant> addressUntil = PER_ADDRESS.refusedUntil(forAddress, now);
        if (nameUntil.isEmpty() && addressUntil.isEmpty()) {
            return Decision.ALLOWED;
        }
        Instant until = later(nameUntil, addressUntil);
        return new Decision(
                until,
                nameUntil.isPresent() && PER_USER_NAME.locks(forUserName.inLastHour()),
                addressUntil.isPresent() && PER_ADDRESS.locks(forAddress.inLastHour()));
    }

    /**
     * The most failed attempts this rule lets through on one account in any hour: an attacker
     * who tries again the very second it is allowed, from a fresh address every time (so only the
     * per-name schedule holds them back), simulated for {@link #SIMULATED} from the first attempt
     * and counted over every one-hour window. ASVS V2.2.1 asks at most 100.
     */
    public static int maxFailuresPerHourPerAccount() {
        Instant start = Instant.EPOCH;
        Instant end = start.plus(SIMULATED);
        List<Instant> failures = new ArrayList<>();
        Deque<Instant> lastHour = new ArrayDeque<>();
        Instant now = start;
        while (now.isBefore(end)) {
            while (!lastHour.isEmpty() && !lastHour.peekFirst().isAfter(now.minus(WINDOW))) {
                lastHour.removeFirst();
            }
            Failures forName = lastHour.isEmpty() ? Failures.none() : Failures.of(lastHour.size(), lastHour.peekLast());
            Decision decision = decide(forName, Failures.none(), now);
            if (decision.isAllowed()) {
                failures.add(now);
                lastHour.addLast(now);
            } else {
                now = decision.refusedUntil().orElseThrow();
            }
        }
        return busiestHour(failures);
    }

    /**
     * The counting key for a typed user name: the same folding {@code AccountService} uses to
     * look the account up (trimmed, lower case), so no spelling that reaches an account escapes
     * that account's counter.
     */
    public static String userNameKey(String typed) {
        return typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The counting key for a source address: an IPv4 address as is, an IPv6 address by its /64
     * prefix ({@code 2001:db8:1:2::/64}), because one subscriber holds a whole /64 and could
     * otherwise step through 2^64 fresh counters.
     */
    public static String addressKey(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            return address.getHostAddress();
        }
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            key.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
                    .append(':');
        }
        return key.append(":/64").toString();
    }

    private static Instant later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b.orElseThrow();
        }
        if (b.isEmpty()) {
            return a.get();
        }
        return a.get().isAfter(b.get()) ? a.get() : b.get();
    }

    private static int busiestHour(List<Instant> failures) {
        int busiest = 0;
        int first = 0;
        for (int last = 0; last < failures.size(); last++) {
            // The closed hour [failures[last] - 1 h, failures[last]]: one failure more, if anything,
            // than the half-open hour the rule counts, so the bound errs on the safe side.
            while (failures.get(first).isBefore(failures.get(last).minus(WINDOW))) {
                first++;
            }
            busiest = Math.max(busiest, last - first + 1);
        }
        return busiest;
    }

    /**
     * Failed attempts in the last hour ({@link #WINDOW}) for one key, and when the latest was.
     *
     * @param inLastHour how many, at least 0
     * @param last       the latest failure; required when {@code inLastHour > 0}
     */
    public record Failures(int inLastHour, Instant last) {

        public Failures {
            if (inLastHour < 0) {
                throw new IllegalArgumentException("inLastHour " + inLastHour);
            }
            if (inLastHour > 0 && last == null) {
                throw new IllegalArgumentException("The time of the last failure is required");
            }
        }

        public static Failures none() {
            return new Failures(0, null);
        }

        public static Failures of(int inLastHour, Instant last) {
            return new Failures(inLastHour, last);
        }
    }

    /**
     * The answer: allowed now, or refused until a moment, and whether that refusal is a lock (of
     * the typed user name, of the address, or both) rather than a short wait.
     */
    public static final class Decision {

        static final Decision ALLOWED = new Decision(null, false, false);

        private final Instant refusedUntil;
        private final boolean userNameLock;
        private final boolean addressLock;

        private Decision(Instant refusedUntil, boolean userNameLock, boolean addressLock) {
            this.refusedUntil = refusedUntil;
            this.userNameLock = userNameLock;
            this.addressLock = addressLock;
        }

        public boolean isAllowed() {
            return refusedUntil == null;
        }

        /** The first moment the next attempt will be allowed; empty when allowed now. */
        public Optional<Instant> refusedUntil() {
            return Optional.ofNullable(refusedUntil);
        }

        /** A lock (15 minutes) rather than a wait of seconds, for either key. */
        public boolean isLock() {
            return userNameLock || addressLock;
        }

        /** The typed user name is locked: if it is an account, its owner is told (once per lock). */
        public boolean isUserNameLock() {
            return userNameLock;
        }

        public boolean isAddressLock() {
            return addressLock;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Decision d
                    && Objects.equals(refusedUntil, d.refusedUntil)
                    && userNameLock == d.userNameLock
                    && addressLock == d.addressLock;
        }

        @Override
        public int hashCode() {
            return Objects.hash(refusedUntil, userNameLock, addressLock);
        }

        @Override
        public String toString() {
            if (isAllowed()) {
                return "Decision[allowed]";
            }
            return "Decision[refused until " + refusedUntil + (userNameLock ? ", user name locked" : "")
                    + (addressLock ? ", address locked" : "") + "]";
        }
    }

    /**
     * One key's schedule: {@code free} failures cost nothing, then the wait doubles from one
     * second up to {@code maxDelay}, and from {@code lockAt} failures the key is locked for
     * {@link #LOCK}. No wait is ever longer than {@link #LOCK}.
     */
    record Schedule(int free, int lockAt, Duration maxDelay) {

        /** How long after the last failure the next attempt must wait, after {@code failures}. */
        Duration wait(int failures) {
            if (failures >= lockAt) {
                return LOCK;
            }
            if (failures < free) {
                return Duration.ZERO;
            }
            int doublings = failures - free;
            Duration doubled = doublings >= 31 ? LOCK : Duration.ofSeconds(1L << doublings);
            return shortest(doubled, maxDelay, LOCK);
        }

        boolean locks(int failures) {
            return failures >= lockAt;
        }

        Optional<Instant> refusedUntil(Failures failures, Instant now) {
            if (failures == null || failures.inLastHour() == 0) {
                return Optional.empty();
            }
            Instant until = failures.last().plus(wait(failures.inLastHour()));
            return now.isBefore(until) ? Optional.of(until) : Optional.empty();
        }

        private static Duration shortest(Duration a, Duration b, Duration c) {
            Duration ab = a.compareTo(b) <= 0 ? a : b;
            return ab.compareTo(c) <= 0 ? ab : c;
        }
    }
}
