package nl.provalue.privacy.infrastructure.importing.accesslog;

import java.time.Instant;
import java.util.Locale;

/**
 * Reads one line of an Apache httpd or nginx access log into an {@link AccessLogLine}.
 *
 * <p>Understood formats, told apart by the number of fields before the timestamp:
 * <ul>
 *   <li>common: {@code %h %l %u %t "%r" %>s %b}</li>
 *   <li>combined: common followed by {@code "%{Referer}i" "%{User-agent}i"}</li>
 *   <li>vhost_common and vhost_combined: the above with a leading {@code %v:%p} or {@code %v}
 *       field; the virtual host is kept in lower case and the port is dropped</li>
 * </ul>
 * Anything after the user agent (such as a response time some servers append) is ignored, as is
 * anything after the size that does not start with a quote.
 *
 * <p>The client field must be an IPv4 or IPv6 literal, or a valid host name of at most 45
 * characters (logged when the server resolves client addresses). The timestamp must be
 * {@code [dd/Mon/yyyy:HH:mm:ss +hhmm]} with an English month abbreviation; any offset is accepted.
 *
 * <p>A quoted request line that is not {@code METHOD TARGET [PROTOCOL]} (an empty request
 * {@code "-"}, TLS bytes sent to a plain-HTTP port, a method longer than
 * {@value #MAX_METHOD_LENGTH} characters) still yields a line, because the response was sent and
 * counts as traffic: its method is {@value #NO_METHOD} and its path is the whole request text.
 * Request text is kept as the server logged it, escape sequences such as {@code \"} and
 * {@code \x16} included, and is cut at {@value #MAX_PATH_LENGTH} characters.
 *
 * <p>The parser scans each line once from left to right without regular expressions and keeps no
 * state, so one instance may be shared between threads. {@link #parse(String)} never throws.
 */
public final class AccessLogParser {

    /** The longest path kept; longer request targets are cut to this many characters. */
    public static final int MAX_PATH_LENGTH = 2048;
    /** The longest method accepted as a method; a longer first word makes the request malformed. */
    public static final int MAX_METHOD_LENGTH = 16;
    /** The longest client address or host name accepted. */
    public static final int MAX_CLIENT_LENGTH = 45;
    /** The method recorded for a request line that is not a valid HTTP request line. */
    public static final String NO_METHOD = "-";

    public static final String BLANK_LINE = "blank line";
    public static final String UNEXPECTED_LAYOUT = "unexpected field layout";
    public static final String INVALID_VIRTUAL_HOST = "invalid virtual host";
    public static final String INVALID_CLIENT = "invalid client address";
    public static final String MISSING_TIMESTAMP = "missing timestamp";
    public static final String UNTERMINATED_TIMESTAMP = "unterminated timestamp";
    public static final String INVALID_TIMESTAMP = "invalid timestamp";
    public static final String MISSING_REQUEST = "missing request";
    public static final String UNTERMINATED_REQUEST = "unterminated request";
    public static final String MISSING_STATUS = "missing status";
    public static final String INVALID_STATUS = "invalid status";
    public static final String MISSING_SIZE = "missing size";
    public static final String INVALID_SIZE = "invalid size";
    /** Prefix of the reason given if parsing fails in a way the checks above did not foresee. */
    public static final String UNEXPECTED_ERROR = "unexpected error: ";

    private static final int MAX_VIRTUAL_HOST_LENGTH = 253;
    private static final int MAX_SIZE_DIGITS = 18;
    /** Length of "[dd/Mon/yyyy:HH:mm:ss +hhmm]" minus one: the offset of ']' from '['. */
    private static final int TIMESTAMP_CLOSE_OFFSET = 27;

    private static final long NO_TIME = Long.MIN_VALUE;

    private static final ParseResult.Skipped SKIP_BLANK = new ParseResult.Skipped(BLANK_LINE);
    private static final ParseResult.Skipped SKIP_LAYOUT = new ParseResult.Skipped(UNEXPECTED_LAYOUT);
    private static final ParseResult.Skipped SKIP_VIRTUAL_HOST = new ParseResult.Skipped(INVALID_VIRTUAL_HOST);
    private static final ParseResult.Skipped SKIP_CLIENT = new ParseResult.Skipped(INVALID_CLIENT);
    private static final ParseResult.Skipped SKIP_NO_TIMESTAMP = new ParseResult.Skipped(MISSING_TIMESTAMP);
    private static final ParseResult.Skipped SKIP_OPEN_TIMESTAMP = new ParseResult.Skipped(UNTERMINATED_TIMESTAMP);
    private static final ParseResult.Skipped SKIP_TIMESTAMP = new ParseResult.Skipped(INVALID_TIMESTAMP);
    private static final ParseResult.Skipped SKIP_NO_REQUEST = new ParseResult.Skipped(MISSING_REQUEST);
    private static final ParseResult.Skipped SKIP_OPEN_REQUEST = new ParseResult.Skipped(UNTERMINATED_REQUEST);
    private static final ParseResult.Skipped SKIP_NO_STATUS = new ParseResult.Skipped(MISSING_STATUS);
    private static final ParseResult.Skipped SKIP_STATUS = new ParseResult.Skipped(INVALID_STATUS);
    private static final ParseResult.Skipped SKIP_NO_SIZE = new ParseResult.Skipped(MISSING_SIZE);
    private static final ParseResult.Skipped SKIP_SIZE = new ParseResult.Skipped(INVALID_SIZE);

    /**
     * Parses one log line. Leading and trailing white space, including a line break, is ignored.
     *
     * @param line one line of the log, may be {@code null}
     * @return the request on the line, or the reason it was skipped; never {@code null}
     */
    public ParseResult parse(String line) {
        try {
            return parseLine(line);
        } catch (RuntimeException e) {
            // Not expected: every index is checked before use. Kept so a bad line can never stop an import.
            return new ParseResult.Skipped(UNEXPECTED_ERROR + e.getClass().getSimpleName());
        }
    }

    private static ParseResult parseLine(String line) {
        if (line == null) {
            return SKIP_BLANK;
        }
        int start = 0;
        int end = line.length();
        while (start < end && line.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && line.charAt(end - 1) <= ' ') {
            end--;
        }
        if (start == end) {
            return SKIP_BLANK;
        }

        // The fields before the timestamp: [vhost] host ident user. Only the first two are kept.
        int pos = start;
        int fields = 0;
        int firstStart = -1;
        int firstEnd = -1;
        int secondStart = -1;
        int secondEnd = -1;
        while (true) {
            if (pos >= end) {
                return SKIP_NO_TIMESTAMP;
            }
            if (fields > 0 && line.charAt(pos) == '[') {
                break;
            }
            if (fields == 4) {
                return SKIP_NO_TIMESTAMP;
            }
            int space = line.indexOf(' ', pos);
            if (space < 0 || space >= end) {
                return SKIP_NO_TIMESTAMP;
            }
            if (space == pos) {
                return SKIP_LAYOUT;
            }
            if (fields == 0) {
                firstStart = pos;
                firstEnd = space;
            } else if (fields == 1) {
                secondStart = pos;
                secondEnd = space;
            }
            fields++;
            pos = space + 1;
        }
        if (fields < 3) {
            return SKIP_LAYOUT;
        }

        String virtualHost = null;
        int clientStart = firstStart;
        int clientEnd = firstEnd;
        if (fields == 4) {
            virtualHost = virtualHost(line, firstStart, firstEnd);
            if (virtualHost == null) {
                return SKIP_VIRTUAL_HOST;
            }
            clientStart = secondStart;
            clientEnd = secondEnd;
        }
        if (!isClient(line, clientStart, clientEnd)) {
            return SKIP_CLIENT;
        }

        // [dd/Mon/yyyy:HH:mm:ss +hhmm]
        int timestampClose = line.indexOf(']', pos);
        if (timestampClose < 0 || timestampClose >= end) {
            return SKIP_OPEN_TIMESTAMP;
        }
        if (timestampClose - pos != TIMESTAMP_CLOSE_OFFSET) {
            return SKIP_TIMESTAMP;
        }
        long epochSecond = epochSecond(line, pos + 1);
        if (epochSecond == NO_TIME) {
            return SKIP_TIMESTAMP;
        }
        pos = timestampClose + 1;

        // "%r"
        if (pos + 1 >= end || line.charAt(pos) != ' ' || line.charAt(pos + 1) != '"') {
            return SKIP_NO_REQUEST;
        }
        int requestStart = pos + 2;
        int requestEnd = closingQuote(line, requestStart, end);
        if (requestEnd < 0) {
            return SKIP_OPEN_REQUEST;
        }
        pos = requestEnd + 1;

        // %>s: three digits, 100 to 599
        if (pos >= end) {
            return SKIP_NO_STATUS;
        }
        if (line.charAt(pos) != ' ' || pos + 4 > end) {
            return SKIP_STATUS;
        }
        int status = threeDigits(line, pos + 1);
        pos += 4;
        if (status < 100 || status > 599 || (pos < end && line.charAt(pos) != ' ')) {
            return SKIP_STATUS;
        }

        // %b: digits, or '-' for no body
        if (pos + 1 >= end) {
            return SKIP_NO_SIZE;
        }
        pos++;
        long size = 0;
        if (line.charAt(pos) == '-') {
            pos++;
        } else {
            int digitsStart = pos;
            while (pos < end) {
                char c = line.charAt(pos);
                if (c < '0' || c > '9') {
                    break;
                }
                if (pos - digitsStart == MAX_SIZE_DIGITS) {
                    return SKIP_SIZE;
                }
                size = size * 10 + (c - '0');
                pos++;
            }
            if (pos == digitsStart) {
                return SKIP_SIZE;
            }
        }
        if (pos < end && line.charAt(pos) != ' ') {
            return SKIP_SIZE;
        }

        // Optional "%{Referer}i" "%{User-agent}i" follow; they are not kept, and a line cut off in
        // them (a user agent without its closing quote) still holds every field that is kept and
        // bytes that were served, so it counts.

        String method;
        String path;
        int methodEnd = methodEnd(line, requestStart, requestEnd);
        if (methodEnd < 0) {
            method = NO_METHOD;
            path = cut(line, requestStart, requestEnd);
        } else {
            method = method(line, requestStart, methodEnd);
            int pathEnd = requestEnd;
            int lastSpace = line.lastIndexOf(' ', requestEnd - 1);
            if (lastSpace > methodEnd && line.startsWith("HTTP/", lastSpace + 1)) {
                pathEnd = lastSpace;
            }
            path = cut(line, methodEnd + 1, pathEnd);
        }

        return new ParseResult.Parsed(new AccessLogLine(
                virtualHost,
                line.substring(clientStart, clientEnd),
                Instant.ofEpochSecond(epochSecond),
                method,
                path,
                status,
                size));
    }

    // ---------------------------------------------------------------- quoted fields and the request

    /**
     * The index of the quote that closes a quoted field starting at {@code from}, or -1. A quote
     * preceded by an odd number of backslashes is escaped (Apache writes {@code "} as {@code \"} and
     * {@code \} as {@code \\}; nginx writes {@code \x22} and {@code \x5C}).
     */
    private static int closingQuote(String s, int from, int end) {
        int i = from;
        while (true) {
            int quote = s.indexOf('"', i);
            if (quote < 0 || quote >= end) {
                return -1;
            }
            int backslashes = 0;
            for (int j = quote - 1; j >= from && s.charAt(j) == '\\'; j--) {
                backslashes++;
            }
            if ((backslashes & 1) == 0) {
                return quote;
            }
            i = quote + 1;
        }
    }

    /**
     * The index of the space after the method of a request line, or -1 when the line does not
     * start with a method of 1 to {@value #MAX_METHOD_LENGTH} token characters followed by a space.
     */
    private static int methodEnd(String s, int from, int to) {
        int limit = Math.min(to, from + MAX_METHOD_LENGTH + 1);
        for (int i = from; i < limit; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                return i == from ? -1 : i;
            }
            if (!isTokenChar(c)) {
                return -1;
            }
        }
        return -1;
    }

    /** RFC 9110 token characters, the characters a method consists of. */
    private static boolean isTokenChar(char c) {
        if (isLetterOrDigit(c)) {
            return true;
        }
        return switch (c) {
            case '!', '#', '$', '%', '&', '\'', '*', '+', '-', '.', '^', '_', '`', '|', '~' -> true;
            default -> false;
        };
    }

    /** The method, as a shared constant for the common ones so most lines allocate no string for it. */
    private static String method(String s, int from, int to) {
        switch (to - from) {
            case 3:
                if (s.startsWith("GET", from)) {
                    return "GET";
                }
                if (s.startsWith("PUT", from)) {
                    return "PUT";
                }
                break;
            case 4:
                if (s.startsWith("POST", from)) {
                    return "POST";
                }
                if (s.startsWith("HEAD", from)) {
                    return "HEAD";
                }
                break;
            case 5:
                if (s.startsWith("PATCH", from)) {
                    return "PATCH";
                }
                break;
            case 6:
                if (s.startsWith("DELETE", from)) {
                    return "DELETE";
                }
                break;
            case 7:
                if (s.startsWith("OPTIONS", from)) {
                    return "OPTIONS";
                }
                if (s.startsWith("CONNECT", from)) {
                    return "CONNECT";
                }
                break;
            default:
                break;
        }
        return s.substring(from, to);
    }

    /** The text from {@code from} to {@code to}, cut at {@value #MAX_PATH_LENGTH} characters without splitting a surrogate pair. */
    private static String cut(String s, int from, int to) {
        if (to - from > MAX_PATH_LENGTH) {
            to = from + MAX_PATH_LENGTH;
            if (Character.isHighSurrogate(s.charAt(to - 1))) {
                to--;
            }
        }
        return s.substring(from, to);
    }

    // ---------------------------------------------------------------- timestamp

    /**
     * Seconds since the epoch for "dd/Mon/yyyy:HH:mm:ss +hhmm" starting at {@code p}, or
     * {@link #NO_TIME} if the text is not such a timestamp. The caller has checked the length.
     */
    private static long epochSecond(String s, int p) {
        if (s.charAt(p + 2) != '/'
                || s.charAt(p + 6) != '/'
                || s.charAt(p + 11) != ':'
                || s.charAt(p + 14) != ':'
                || s.charAt(p + 17) != ':'
                || s.charAt(p + 20) != ' ') {
            return NO_TIME;
        }
        int day = twoDigits(s, p);
        int month = month(s.charAt(p + 3), s.charAt(p + 4), s.charAt(p + 5));
        int yearHigh = twoDigits(s, p + 7);
        int yearLow = twoDigits(s, p + 9);
        int hour = twoDigits(s, p + 12);
        int minute = twoDigits(s, p + 15);
        int second = twoDigits(s, p + 18);
        char sign = s.charAt(p + 21);
        int offsetHours = twoDigits(s, p + 22);
        int offsetMinutes = twoDigits(s, p + 24);
        if (month < 0
                || yearHigh < 0
                || yearLow < 0
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59
                || (sign != '+' && sign != '-')
                || offsetHours < 0
                || offsetHours > 18
                || offsetMinutes < 0
                || offsetMinutes > 59) {
            return NO_TIME;
        }
        int year = yearHigh * 100 + yearLow;
        if (day < 1 || day > daysInMonth(year, month)) {
            return NO_TIME;
        }
        int offsetSeconds = offsetHours * 3600 + offsetMinutes * 60;
        if (offsetSeconds > 18 * 3600) {
            return NO_TIME;
        }
        long local = daysSinceEpoch(year, month, day) * 86_400L + hour * 3600 + minute * 60 + second;
        return sign == '+' ? local - offsetSeconds : local + offsetSeconds;
    }

    private static int twoDigits(String s, int p) {
        int high = s.charAt(p) - '0';
        int low = s.charAt(p + 1) - '0';
        if (high < 0 || high > 9 || low < 0 || low > 9) {
            return -1;
        }
        return high * 10 + low;
    }

    private static int threeDigits(String s, int p) {
        int high = twoDigits(s, p);
        int low = s.charAt(p + 2) - '0';
        if (high < 0 || low < 0 || low > 9) {
            return -1;
        }
        return high * 10 + low;
    }

    /** The month 1 to 12 for an English three-letter abbreviation in any case, or -1. */
    private static int month(char a, char b, char c) {
        if (!isAsciiLetter(a) || !isAsciiLetter(b) || !isAsciiLetter(c)) {
            return -1;
        }
        // Setting bit 0x20 turns an ASCII upper-case letter into its lower-case form.
        int key = ((a | 0x20) << 16) | ((b | 0x20) << 8) | (c | 0x20);
        return switch (key) {
            case ('j' << 16) | ('a' << 8) | 'n' -> 1;
            case ('f' << 16) | ('e' << 8) | 'b' -> 2;
            case ('m' << 16) | ('a' << 8) | 'r' -> 3;
            case ('a' << 16) | ('p' << 8) | 'r' -> 4;
            case ('m' << 16) | ('a' << 8) | 'y' -> 5;
            case ('j' << 16) | ('u' << 8) | 'n' -> 6;
            case ('j' << 16) | ('u' << 8) | 'l' -> 7;
            case ('a' << 16) | ('u' << 8) | 'g' -> 8;
            case ('s' << 16) | ('e' << 8) | 'p' -> 9;
            case ('o' << 16) | ('c' << 8) | 't' -> 10;
            case ('n' << 16) | ('o' << 8) | 'v' -> 11;
            case ('d' << 16) | ('e' << 8) | 'c' -> 12;
            default -> -1;
        };
    }

    private static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days from 1970-01-01 to the given date in the proleptic Gregorian calendar. */
    private static long daysSinceEpoch(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468L;
    }

    // ---------------------------------------------------------------- addresses and host names

    private static boolean isClient(String s, int from, int to) {
        if (to - from > MAX_CLIENT_LENGTH) {
            return false;
        }
        return isIpv4(s, from, to) || isIpv6(s, from, to) || isHostName(s, from, to, MAX_CLIENT_LENGTH);
    }

    /**
     * The virtual host of a "%v" or "%v:%p" field in lower case without the port, or {@code null}
     * when it is not a host name or IP literal. An IPv6 literal with a port is written in brackets.
     */
    private static String virtualHost(String s, int from, int to) {
        if (to - from > MAX_VIRTUAL_HOST_LENGTH + 6) {
            return null;
        }
        if (s.charAt(from) == '[') {
            int close = s.indexOf(']', from);
            if (close < 0
                    || close >= to
                    || (close + 1 < to && !isPort(s, close + 1, to))
                    || !isIpv6(s, from + 1, close)) {
                return null;
            }
            return s.substring(from + 1, close).toLowerCase(Locale.ROOT);
        }
        int colon = -1;
        int colons = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == ':') {
                colon = i;
                colons++;
            }
        }
        if (colons > 1) {
            return isIpv6(s, from, to) ? s.substring(from, to).toLowerCase(Locale.ROOT) : null;
        }
        int hostEnd = to;
        if (colons == 1) {
            if (!isPort(s, colon, to)) {
                return null;
            }
            hostEnd = colon;
        }
        if (isIpv4(s, from, hostEnd) || isHostName(s, from, hostEnd, MAX_VIRTUAL_HOST_LENGTH)) {
            return s.substring(from, hostEnd).toLowerCase(Locale.ROOT);
        }
        return null;
    }

    /** Whether the text is ':' followed by one to five digits. */
    private static boolean isPort(String s, int from, int to) {
        int digits = to - from - 1;
        if (s.charAt(from) != ':' || digits < 1 || digits > 5) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether the text is a dotted-quad IPv4 address, each part 0 to 255. */
    private static boolean isIpv4(String s, int from, int to) {
        int length = to - from;
        if (length < 7 || length > 15) {
            return false;
        }
        int parts = 0;
        int i = from;
        while (true) {
            int value = 0;
            int digits = 0;
            while (i < to) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    break;
                }
                if (++digits > 3) {
                    return false;
                }
                value = value * 10 + (c - '0');
                i++;
            }
            if (digits == 0 || value > 255) {
                return false;
            }
            parts++;
            if (i == to) {
                return parts == 4;
            }
            if (parts == 4 || s.charAt(i) != '.') {
                return false;
            }
            i++;
        }
    }

    /**
     * Whether the text is an IPv6 address in any RFC 4291 text form: eight groups of one to four
     * hex digits, at most one "::", optionally ending in a dotted IPv4 address and a "%zone".
     */
    private static boolean isIpv6(String s, int from, int to) {
        int end = to;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '%') {
                if (i + 1 == to) {
                    return false;
                }
                for (int j = i + 1; j < to; j++) {
                    char c = s.charAt(j);
                    if (!isLetterOrDigit(c) && c != '-' && c != '.' && c != '_' && c != '~') {
                        return false;
                    }
                }
                end = i;
                break;
            }
        }
        if (end - from < 2 || end - from > 45) {
            return false;
        }
        int groups = 0;
        boolean compressed = false;
        int i = from;
        if (s.charAt(i) == ':') {
            if (s.charAt(i + 1) != ':') {
                return false;
            }
            compressed = true;
            i += 2;
            if (i == end) {
                return true;
            }
        }
        while (true) {
            int groupStart = i;
            while (i < end && i - groupStart < 5 && isHexDigit(s.charAt(i))) {
                i++;
            }
            if (i < end && s.charAt(i) == '.') {
                if (!isIpv4(s, groupStart, end)) {
                    return false;
                }
                groups += 2;
                break;
            }
            int digits = i - groupStart;
            if (digits == 0 || digits > 4) {
                return false;
            }
            groups++;
            if (i == end) {
                break;
            }
            if (s.charAt(i) != ':') {
                return false;
            }
            i++;
            if (i == end) {
                return false;
            }
            if (s.charAt(i) == ':') {
                if (compressed) {
                    return false;
                }
                compressed = true;
                i++;
                if (i == end) {
                    break;
                }
            }
        }
        return compressed ? groups <= 7 : groups == 8;
    }

    /**
     * Whether the text is a host name: dot-separated labels of 1 to 63 letters, digits and hyphens,
     * no label starting or ending with a hyphen, and a last label that is not all digits (so that a
     * malformed IPv4 address is not taken for a name).
     */
    private static boolean isHostName(String s, int from, int to, int maxLength) {
        int length = to - from;
        if (length < 1 || length > maxLength) {
            return false;
        }
        int labelStart = from;
        boolean allDigits = true;
        for (int i = from; i <= to; i++) {
            char c = i == to ? '.' : s.charAt(i);
            if (c == '.') {
                int labelLength = i - labelStart;
                if (labelLength < 1 || labelLength > 63 || s.charAt(labelStart) == '-' || s.charAt(i - 1) == '-') {
                    return false;
                }
                if (i == to) {
                    return !allDigits;
                }
                labelStart = i + 1;
                allDigits = true;
            } else if (isAsciiLetter(c) || c == '-') {
                allDigits = false;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isLetterOrDigit(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
