package nl.provalue.privacy.infrastructure.importing.postfix;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.provalue.privacy.domain.mail.MailLogStore;
import nl.provalue.privacy.infrastructure.importing.postfix.PostfixLine.Accepted;
import nl.provalue.privacy.infrastructure.importing.postfix.PostfixLine.Delivery;
import nl.provalue.privacy.infrastructure.importing.postfix.PostfixLine.Ignored;
import nl.provalue.privacy.infrastructure.importing.postfix.PostfixLine.Removed;
import nl.provalue.privacy.infrastructure.importing.postfix.PostfixLine.Unparseable;

/**
 * Reads single syslog lines of a Postfix mail log.
 *
 * <p>A line is {@code TIMESTAMP HOST TAG: MESSAGE}. Two timestamp forms are understood:
 * <ul>
 *   <li>traditional syslog {@code Mmm dd HH:MM:SS} with a space-padded day ({@code Nov  3 10:15:01}).
 *       It carries no year or zone: the time is read in the configured zone and the year is the
 *       latest one that puts the moment no more than one day after the reference instant, trying
 *       at most the year of that limit and the year before. A December log imported in January
 *       therefore lands in the previous year, and {@code Feb 29} finds the nearest leap year;</li>
 *   <li>RFC 3339 with an offset: {@code 2026-11-03T10:15:01.123456+01:00}, {@code +0100} or {@code Z}.</li>
 * </ul>
 * The tag is {@code program[pid]:} or {@code program:}. A line is from Postfix when the first path
 * element of the program starts with {@code postfix} and the program has a daemon after a slash:
 * {@code postfix/qmgr}, {@code postfix-out/smtp}, {@code postfix/submission/smtpd}. The daemon is
 * the last path element.
 *
 * <p>The parser scans by hand and uses no regular expressions, so its cost is linear in the line
 * length whatever the input. It never throws: any failure becomes {@link Unparseable}, and a
 * failure of the parser itself is logged as well. Instances hold no mutable state apart from a
 * cache of the last timestamp, which is replaced as a whole, and whether such a failure was
 * logged, so one instance may be shared between threads.
 */
public final class PostfixLogParser {

    private static final Logger LOG = Logger.getLogger(PostfixLogParser.class.getName());

    /** The longest address, in characters, that is accepted (the SMTP path limit). */
    public static final int MAX_ADDRESS_LENGTH = 254;

    /** The null sender of bounces and other notifications. */
    public static final String NULL_SENDER = "<>";

    /** How far after the reference instant a year-less timestamp may lie. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

    // Reasons are fixed strings so that callers can count them.
    static final String BLANK = "blank line";
    static final String BAD_TIMESTAMP = "missing or invalid timestamp";
    static final String NO_SUCH_DATE = "date does not exist near the reference year";
    static final String NO_HOST = "truncated line: no host name";
    static final String NO_TAG = "truncated or malformed line: no syslog tag";
    static final String NO_MESSAGE = "truncated line: no message after the syslog tag";
    static final String TRUNCATED_QUEUE_LINE = "truncated line: nothing after the queue id";
    static final String UNTERMINATED_ADDRESS = "address without closing '>'";
    static final String MALFORMED_ADDRESS = "malformed address field";
    static final String ADDRESS_TOO_LONG = "address longer than 254 characters";
    static final String EMPTY_RECIPIENT = "empty recipient address";
    static final String NO_SIZE = "qmgr from= line without size";
    static final String BAD_SIZE = "qmgr from= line with an invalid size";
    static final String NO_STATUS = "to= line without status";
    static final String BAD_STATUS = "to= line with an invalid status";
    static final String UNEXPECTED = "unexpected parser failure";

    static final String NOT_POSTFIX = "not a postfix line";
    static final String POSTFIX_WITHOUT_DAEMON = "postfix line without a daemon name";
    static final String NO_QUEUE_ID = "postfix line without a queue id";
    static final String NOQUEUE = "postfix NOQUEUE line";
    static final String NOTHING_FOR_MAIL_LOG = "postfix line without delivery data";
    static final String EXPIRY_NOTICE = "qmgr expiry notice";

    private static final Unparseable UNPARSEABLE_BLANK = new Unparseable(BLANK);
    private static final Unparseable UNPARSEABLE_TIMESTAMP = new Unparseable(BAD_TIMESTAMP);
    private static final Unparseable UNPARSEABLE_DATE = new Unparseable(NO_SUCH_DATE);
    private static final Unparseable UNPARSEABLE_NO_HOST = new Unparseable(NO_HOST);
    private static final Unparseable UNPARSEABLE_NO_TAG = new Unparseable(NO_TAG);
    private static final Unparseable UNPARSEABLE_NO_MESSAGE = new Unparseable(NO_MESSAGE);
    private static final Unparseable UNPARSEABLE_TRUNCATED_QUEUE_LINE = new Unparseable(TRUNCATED_QUEUE_LINE);
    private static final Unparseable UNPARSEABLE_UNTERMINATED_ADDRESS = new Unparseable(UNTERMINATED_ADDRESS);
    private static final Unparseable UNPARSEABLE_MALFORMED_ADDRESS = new Unparseable(MALFORMED_ADDRESS);
    private static final Unparseable UNPARSEABLE_ADDRESS_TOO_LONG = new Unparseable(ADDRESS_TOO_LONG);
    private static final Unparseable UNPARSEABLE_EMPTY_RECIPIENT = new Unparseable(EMPTY_RECIPIENT);
    private static final Unparseable UNPARSEABLE_NO_SIZE = new Unparseable(NO_SIZE);
    private static final Unparseable UNPARSEABLE_BAD_SIZE = new Unparseable(BAD_SIZE);
    private static final Unparseable UNPARSEABLE_NO_STATUS = new Unparseable(NO_STATUS);
    private static final Unparseable UNPARSEABLE_BAD_STATUS = new Unparseable(BAD_STATUS);
    private static final Unparseable UNPARSEABLE_UNEXPECTED = new Unparseable(UNEXPECTED);

    private static final Ignored IGNORED_NOT_POSTFIX = new Ignored(NOT_POSTFIX);
    private static final Ignored IGNORED_POSTFIX_WITHOUT_DAEMON = new Ignored(POSTFIX_WITHOUT_DAEMON);
    private static final Ignored IGNORED_NO_QUEUE_ID = new Ignored(NO_QUEUE_ID);
    private static final Ignored IGNORED_NOQUEUE = new Ignored(NOQUEUE);
    private static final Ignored IGNORED_NOTHING = new Ignored(NOTHING_FOR_MAIL_LOG);
    private static final Ignored IGNORED_EXPIRY = new Ignored(EXPIRY_NOTICE);

    /** Common status words, shared instead of allocating a new string per line. */
    private static final String[] KNOWN_STATUSES = {
        "sent", "deferred", "bounced", "expired", "undeliverable", "deliverable", "delivered",
    };

    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    };

    private final ZoneId zone;
    private final Instant reference;
    private final Instant latestAllowed;
    private final int latestYear;

    /** The last timestamp text and its instant; replaced as a whole, never mutated. */
    private CachedTimestamp lastTimestamp;

    /** Whether a failure of the parser itself was logged at WARNING already. */
    private final AtomicBoolean failureLogged = new AtomicBoolean();

    /**
     * @param zone      the zone in which year-less syslog timestamps were written
     * @param reference the moment of import; year-less timestamps are placed no more than one day
     *                  after it
     */
    public PostfixLogParser(ZoneId zone, Instant reference) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.latestAllowed = reference.plus(FUTURE_TOLERANCE);
        this.latestYear = latestAllowed.atZone(zone).getYear();
    }

    /** The zone used for year-less timestamps. */
    public ZoneId zone() {
        return zone;
    }

    /** The reference instant used to choose the year of year-less timestamps. */
    public Instant reference() {
        return reference;
    }

    /**
     * Reads one log line. Never throws.
     *
     * @param line one line of the log, with or without its line terminator; {@code null} is
     *             treated as a blank line
     * @return what the line means for the mail log
     */
    public PostfixLine parse(String line) {
        try {
            return parseLine(line);
        } catch (RuntimeException e) {
            // The line is counted as unreadable like any other; the defect must not go unseen. Only
            // the first is a warning with its trace: one defect can meet every line of a large log.
            // The line itself stays out of the server log: it holds e-mail addresses.
            LOG.log(
                    failureLogged.compareAndSet(false, true) ? Level.WARNING : Level.FINE,
                    "A Postfix log line made the parser fail; it is counted as unreadable",
                    e);
            return UNPARSEABLE_UNEXPECTED;
        }
    }

    private PostfixLine parseLine(String raw) {
        if (raw == null) {
            return UNPARSEABLE_BLANK;
        }
        String line = raw.trim();
        int length = line.length();
        if (length == 0) {
            return UNPARSEABLE_BLANK;
        }

        // Timestamp.
        int timestampEnd = timestampEnd(line);
        if (timestampEnd < 0) {
            return UNPARSEABLE_TIMESTAMP;
        }
        Instant at;
        CachedTimestamp cached = lastTimestamp;
        if (cached != null && cached.text.length() == timestampEnd && line.startsWith(cached.text)) {
            at = cached.at;
        } else {
            PostfixLine failure = null;
            if (isDigit(line.charAt(0))) {
                at = rfc3339(line, timestampEnd);
            } else {
                at = traditional(line, timestampEnd);
                if (at == null && traditionalShapeIsValid(line, timestampEnd)) {
                    failure = UNPARSEABLE_DATE;
                }
            }
            if (at == null) {
                return failure != null ? failure : UNPARSEABLE_TIMESTAMP;
            }
            lastTimestamp = new CachedTimestamp(line.substring(0, timestampEnd), at);
        }

        // Host name.
        int hostStart = skipSpaces(line, timestampEnd);
        if (hostStart == timestampEnd && hostStart < length) {
            return UNPARSEABLE_TIMESTAMP; // something glued to the timestamp
        }
        if (hostStart >= length) {
            return UNPARSEABLE_NO_HOST;
        }
        int hostEnd = line.indexOf(' ', hostStart);
        if (hostEnd < 0) {
            return UNPARSEABLE_NO_TAG;
        }

        // Syslog tag: program[pid]: or program:
        int tagStart = skipSpaces(line, hostEnd);
        if (tagStart >= length) {
            return UNPARSEABLE_NO_TAG;
        }
        int programEnd = tagStart;
        char c = 0;
        while (programEnd < length) {
            c = line.charAt(programEnd);
            if (c == '[' || c == ':' || c == ' ') {
                break;
            }
            programEnd++;
        }
        if (programEnd == tagStart || programEnd >= length || c == ' ') {
            return UNPARSEABLE_NO_TAG;
        }
        int colon = programEnd;
        if (c == '[') {
            int close = line.indexOf(']', programEnd + 1);
            if (close < 0 || close == programEnd + 1 || close + 1 >= length) {
                return UNPARSEABLE_NO_TAG;
            }
            for (int i = programEnd + 1; i < close; i++) {
                if (line.charAt(i) == ' ') {
                    return UNPARSEABLE_NO_TAG;
                }
            }
            colon = close + 1;
            if (line.charAt(colon) != ':') {
                return UNPARSEABLE_NO_TAG;
            }
        }
        if (colon + 1 < length && line.charAt(colon + 1) != ' ') {
            return UNPARSEABLE_NO_TAG;
        }
        int messageStart = skipSpaces(line, colon + 1);
        if (messageStart >= length) {
            return UNPARSEABLE_NO_MESSAGE;
        }

        // Is it Postfix, and which daemon?
        if (!line.startsWith("postfix", tagStart)) {
            return IGNORED_NOT_POSTFIX;
        }
        int lastSlash = line.lastIndexOf('/', programEnd - 1);
        if (lastSlash < tagStart) {
            return IGNORED_POSTFIX_WITHOUT_DAEMON;
        }
        int daemonStart = lastSlash + 1;
        if (daemonStart == programEnd) {
            return IGNORED_POSTFIX_WITHOUT_DAEMON;
        }

        // Queue id.
        int idEnd = messageStart;
        while (idEnd < length && isAsciiAlphanumeric(line.charAt(idEnd))) {
            idEnd++;
        }
        if (idEnd == messageStart) {
            return IGNORED_NO_QUEUE_ID;
        }
        boolean queueId = isQueueId(line, messageStart, idEnd);
        if (idEnd >= length) {
            return queueId ? UNPARSEABLE_TRUNCATED_QUEUE_LINE : IGNORED_NO_QUEUE_ID;
        }
        if (line.charAt(idEnd) != ':') {
            return IGNORED_NO_QUEUE_ID;
        }
        if (!queueId) {
            return idEnd - messageStart == 7 && line.startsWith("NOQUEUE", messageStart)
                    ? IGNORED_NOQUEUE
                    : IGNORED_NO_QUEUE_ID;
        }
        int body = skipSpaces(line, idEnd + 1);
        if (body >= length) {
            return UNPARSEABLE_TRUNCATED_QUEUE_LINE;
        }

        if (line.startsWith("to=", body)) {
            return delivery(line, body + 3, at, line.substring(messageStart, idEnd));
        }
        boolean queueManager = daemonIs(line, daemonStart, programEnd, "qmgr")
                || daemonIs(line, daemonStart, programEnd, "nqmgr")
                || daemonIs(line, daemonStart, programEnd, "oqmgr");
        if (queueManager && line.startsWith("from=", body)) {
            return accepted(line, body + 5, at, line.substring(messageStart, idEnd));
        }
        if ((queueManager || daemonIs(line, daemonStart, programEnd, "postsuper"))
                && length - body == 7
                && line.startsWith("removed", body)) {
            return new Removed(at, line.substring(messageStart, idEnd));
        }
        return IGNORED_NOTHING;
    }

    // ---------------------------------------------------------------- message bodies

    /** {@code to=<recipient>, orig_to=<...>, relay=..., ..., status=word (text)}; {@code p} is after {@code to=}. */
    private static PostfixLine delivery(String line, int p, Instant at, String queueId) {
        AddressAt to = addressAt(line, p);
        if (to.unreadable() != null) {
            return to.unreadable();
        }
        String recipient = to.address();
        if (recipient.isEmpty()) {
            return UNPARSEABLE_EMPTY_RECIPIENT;
        }
        int i = to.next();
        while (true) {
            i = nextField(line, i);
            if (i < 0) {
                return UNPARSEABLE_NO_STATUS;
            }
            int equals = keyEnd(line, i);
            if (equals < 0) {
                return UNPARSEABLE_NO_STATUS;
            }
            if (equals - i == 6 && line.startsWith("status", i)) {
                String status = status(line, equals + 1);
                return status == null ? UNPARSEABLE_BAD_STATUS : new Delivery(at, queueId, recipient, status);
            }
            i = valueEnd(line, equals + 1);
            if (i < 0) {
                return UNPARSEABLE_UNTERMINATED_ADDRESS;
            }
        }
    }

    /** {@code from=<sender>, size=1234, nrcpt=2 (queue active)}; {@code p} is after {@code from=}. */
    private static PostfixLine accepted(String line, int p, Instant at, String queueId) {
        AddressAt from = addressAt(line, p);
        if (from.unreadable() != null) {
            return from.unreadable();
        }
        String sender = from.address().isEmpty() ? NULL_SENDER : from.address();
        int i = from.next();
        while (true) {
            i = nextField(line, i);
            if (i < 0) {
                return UNPARSEABLE_NO_SIZE;
            }
            int equals = keyEnd(line, i);
            if (equals < 0) {
                return UNPARSEABLE_NO_SIZE;
            }
            if (equals - i == 4 && line.startsWith("size", i)) {
                long size = size(line, equals + 1);
                return size < 0 ? UNPARSEABLE_BAD_SIZE : new Accepted(at, queueId, sender, size);
            }
            if (equals - i == 6 && line.startsWith("status", i)) {
                // from=<...>, status=expired, returned to sender
                return IGNORED_EXPIRY;
            }
            i = valueEnd(line, equals + 1);
            if (i < 0) {
                return UNPARSEABLE_UNTERMINATED_ADDRESS;
            }
        }
    }

    // ---------------------------------------------------------------- fields

    /** The address in angle brackets at {@code p} and where the line goes on, or why it cannot be read. */
    private record AddressAt(String address, int next, PostfixLine unreadable) {}

    private static AddressAt addressAt(String line, int p) {
        if (p >= line.length() || line.charAt(p) != '<') {
            return new AddressAt(null, -1, UNPARSEABLE_MALFORMED_ADDRESS);
        }
        int close = addressEnd(line, p);
        if (close < 0) {
            return new AddressAt(null, -1, UNPARSEABLE_UNTERMINATED_ADDRESS);
        }
        if (!isFieldEnd(line, close + 1)) {
            return new AddressAt(null, -1, UNPARSEABLE_MALFORMED_ADDRESS);
        }
        String address = address(line, p + 1, close);
        return address == null
                ? new AddressAt(null, -1, UNPARSEABLE_ADDRESS_TOO_LONG)
                : new AddressAt(address, close + 1, null);
    }

    /**
     * Index of the {@code '>'} that closes the address opened at {@code open}, or -1. Inside a
     * quoted local part a {@code '>'} or a comma does not count and a backslash escapes the next
     * character.
     */
    static int addressEnd(String line, int open) {
        int length = line.length();
        boolean quoted = false;
        for (int i = open + 1; i < length; i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '>') {
                return i;
            }
        }
        return -1;
    }

    /** The address between the brackets, trimmed and lower case; null when too long. */
    private static String address(String line, int start, int end) {
        if (end - start > MAX_ADDRESS_LENGTH * 2) {
            return null; // too long even with surrounding spaces; do not copy it
        }
        String address = line.substring(start, end).trim();
        if (address.length() > MAX_ADDRESS_LENGTH) {
            return null;
        }
        address = address.toLowerCase(Locale.ROOT);
        return address.length() > MAX_ADDRESS_LENGTH ? null : address;
    }

    /** True when a field value may end at {@code i}: end of line, a comma or a space. */
    private static boolean isFieldEnd(String line, int i) {
        if (i >= line.length()) {
            return true;
        }
        char c = line.charAt(i);
        return c == ',' || c == ' ';
    }

    /** Skips the {@code ", "} between fields; the start of the next field, or -1 at the end. */
    private static int nextField(String line, int i) {
        int length = line.length();
        while (i < length) {
            char c = line.charAt(i);
            if (c != ',' && c != ' ') {
                return i;
            }
            i++;
        }
        return -1;
    }

    /** The index of the {@code '='} after a key of {@code [a-z_]} at {@code i}, or -1. */
    private static int keyEnd(String line, int i) {
        int length = line.length();
        int start = i;
        while (i < length) {
            char c = line.charAt(i);
            if (c == '=') {
                return i == start ? -1 : i;
            }
            if (!(c >= 'a' && c <= 'z') && c != '_') {
                return -1;
            }
            i++;
        }
        return -1;
    }

    /** The end of a field value starting at {@code i}, or -1 for an unterminated address. */
    private static int valueEnd(String line, int i) {
        int length = line.length();
        if (i < length && line.charAt(i) == '<') {
            int close = addressEnd(line, i);
            return close < 0 ? -1 : close + 1;
        }
        while (i < length) {
            char c = line.charAt(i);
            if (c == ',' || c == ' ') {
                return i;
            }
            i++;
        }
        return i;
    }

    /** The lower-case status word at {@code i}, or null when there is none or it is too long to keep. */
    private static String status(String line, int i) {
        int length = line.length();
        int start = i;
        while (i < length && isAsciiLetter(line.charAt(i))) {
            i++;
        }
        if (i == start) {
            return null;
        }
        if (i < length) {
            char c = line.charAt(i);
            if (c != ' ' && c != ',' && c != '(') {
                return null;
            }
        }
        int wordLength = i - start;
        if (wordLength > MailLogStore.STATUS_LENGTH) {
            // Longer than any status Postfix writes and than the mail log holds: not cut, refused.
            return null;
        }
        for (String known : KNOWN_STATUSES) {
            if (known.length() == wordLength && line.regionMatches(true, start, known, 0, wordLength)) {
                return known;
            }
        }
        return line.substring(start, i).toLowerCase(Locale.ROOT);
    }

    /** The size at {@code i}: 1 to 18 digits ending the field, or -1. */
    private static long size(String line, int i) {
        int length = line.length();
        int start = i;
        long value = 0;
        while (i < length && isDigit(line.charAt(i))) {
            if (i - start == 18) {
                return -1;
            }
            value = value * 10 + (line.charAt(i) - '0');
            i++;
        }
        if (i == start || !isFieldEnd(line, i)) {
            return -1;
        }
        return value;
    }

    /**
     * Short queue ids are 6 to 12 upper-case hexadecimal characters ({@code 4F1A22C0123}); long
     * ones ({@code enable_long_queue_ids}) are 10 to 20 letters and digits ({@code 4Qx1Zt0mD7z9vXs}).
     */
    static boolean isQueueId(String line, int start, int end) {
        int length = end - start;
        if (length < 6 || length > 20) {
            return false;
        }
        boolean hex = length <= 12;
        for (int i = start; i < end && hex; i++) {
            char c = line.charAt(i);
            hex = isDigit(c) || (c >= 'A' && c <= 'F');
        }
        if (hex) {
            return true;
        }
        if (length < 10) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!isAsciiAlphanumeric(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean daemonIs(String line, int start, int end, String daemon) {
        return end - start == daemon.length() && line.startsWith(daemon, start);
    }

    // ---------------------------------------------------------------- timestamps

    /**
     * Where the timestamp ends (the index just after it), judged from its shape only, or -1 when
     * the line does not start with something that looks like a timestamp.
     */
    private static int timestampEnd(String line) {
        int length = line.length();
        char first = line.charAt(0);
        if (isDigit(first)) {
            int space = line.indexOf(' ');
            return space < 0 ? length : space;
        }
        // Mmm dd HH:MM:SS, Mmm  d HH:MM:SS or Mmm d HH:MM:SS
        if (length < 14 || line.charAt(3) != ' ') {
            return -1;
        }
        char d1 = line.charAt(4);
        char d2 = line.charAt(5);
        if (d1 == ' ' || (isDigit(d1) && isDigit(d2))) {
            return 15 <= length ? 15 : -1;
        }
        if (isDigit(d1) && d2 == ' ') {
            return 14;
        }
        return -1;
    }

    private static boolean traditionalShapeIsValid(String line, int end) {
        return month(line) > 0 && dayOfMonth(line, end) > 0 && clock(line, end - 8) >= 0;
    }

    /** A traditional syslog timestamp, with the year chosen against the reference; null if invalid. */
    private Instant traditional(String line, int end) {
        int month = month(line);
        int day = dayOfMonth(line, end);
        int clock = clock(line, end - 8);
        if (month < 0 || day < 0 || clock < 0) {
            return null;
        }
        int hour = clock / 3600;
        int minute = clock / 60 % 60;
        int second = clock % 60;
        Month m = Month.of(month);
        for (int year = latestYear; year >= latestYear - 1; year--) {
            if (day > m.length(Year.isLeap(year))) {
                continue;
            }
            Instant candidate = LocalDateTime.of(year, month, day, hour, minute, second)
                    .atZone(zone)
                    .toInstant();
            if (!candidate.isAfter(latestAllowed)) {
                return candidate;
            }
        }
        return null;
    }

    /** 1 to 12 for {@code Jan} to {@code Dec}, or -1. */
    private static int month(String line) {
        for (int i = 0; i < MONTHS.length; i++) {
            if (line.startsWith(MONTHS[i])) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The day of month of a traditional timestamp ending at {@code end}, or -1. */
    private static int dayOfMonth(String line, int end) {
        int day;
        if (end == 14) {
            day = line.charAt(4) - '0';
        } else {
            char d1 = line.charAt(4);
            day = (d1 == ' ' ? 0 : (d1 - '0') * 10) + (line.charAt(5) - '0');
            if (d1 == ' ' && !isDigit(line.charAt(5))) {
                return -1;
            }
        }
        if (line.charAt(end - 9) != ' ' || day < 1 || day > 31) {
            return -1;
        }
        return day;
    }

    /** Seconds of the day for {@code HH:MM:SS} at {@code i}, or -1. */
    private static int clock(String line, int i) {
        if (line.charAt(i + 2) != ':' || line.charAt(i + 5) != ':') {
            return -1;
        }
        int hour = twoDigits(line, i);
        int minute = twoDigits(line, i + 3);
        int second = twoDigits(line, i + 6);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return -1;
        }
        return hour * 3600 + minute * 60 + second;
    }

    /**
     * An RFC 3339 timestamp {@code yyyy-MM-ddTHH:mm:ss[.fraction](Z|+HH:MM|+HHMM)} filling
     * {@code [0, end)}; null if invalid.
     */
    private static Instant rfc3339(String line, int end) {
        if (end < 20) {
            return null;
        }
        int year = fourDigits(line, 0);
        int month = twoDigits(line, 5);
        int day = twoDigits(line, 8);
        char t = line.charAt(10);
        if (year < 0
                || line.charAt(4) != '-'
                || month < 0
                || line.charAt(7) != '-'
                || day < 0
                || (t != 'T' && t != 't')) {
            return null;
        }
        int clock = clock(line, 11);
        if (clock < 0) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (line.charAt(i) == '.') {
            i++;
            int digits = 0;
            while (i < end && isDigit(line.charAt(i))) {
                if (digits == 9) {
                    return null;
                }
                nanos = nanos * 10 + (line.charAt(i) - '0');
                digits++;
                i++;
            }
            if (digits == 0) {
                return null;
            }
            for (int k = digits; k < 9; k++) {
                nanos *= 10;
            }
        }
        if (i >= end) {
            return null;
        }
        ZoneOffset offset;
        char sign = line.charAt(i);
        if (sign == 'Z' || sign == 'z') {
            if (i + 1 != end) {
                return null;
            }
            offset = ZoneOffset.UTC;
        } else if (sign == '+' || sign == '-') {
            int offsetHours = i + 3 <= end ? twoDigits(line, i + 1) : -1;
            int minutesAt = i + 3 < end && line.charAt(i + 3) == ':' ? i + 4 : i + 3;
            int offsetMinutes = minutesAt + 2 == end ? twoDigits(line, minutesAt) : -1;
            if (offsetHours < 0 || offsetMinutes < 0) {
                return null;
            }
            int factor = sign == '-' ? -1 : 1;
            try {
                offset = ZoneOffset.ofHoursMinutes(factor * offsetHours, factor * offsetMinutes);
            } catch (DateTimeException e) {
                return null; // beyond ±18:00 or minutes over 59: a bad timestamp, counted as unreadable
            }
        } else {
            return null;
        }
        try {
            return OffsetDateTime.of(year, month, day, clock / 3600, clock / 60 % 60, clock % 60, nanos, offset)
                    .toInstant();
        } catch (DateTimeException e) {
            return null; // for example February 30 or month 13
        }
    }

    // ---------------------------------------------------------------- characters

    private static int twoDigits(String line, int i) {
        char a = line.charAt(i);
        char b = line.charAt(i + 1);
        return isDigit(a) && isDigit(b) ? (a - '0') * 10 + (b - '0') : -1;
    }

    private static int fourDigits(String line, int i) {
        int high = twoDigits(line, i);
        int low = twoDigits(line, i + 2);
        return high < 0 || low < 0 ? -1 : high * 100 + low;
    }

    private static int skipSpaces(String line, int i) {
        int length = line.length();
        while (i < length && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return isDigit(c) || isAsciiLetter(c);
    }

    private record CachedTimestamp(String text, Instant at) {}
}
