package nl.provalue.privacy.web.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * Where the API's next page of the mail log starts: the time (microseconds since 1970, as the
 * database keeps it) and id of the last line of the page before, written {@code 1764651600123456-42}.
 * Only that form is taken; anything else is refused, never guessed.
 */
record MailLogCursor(Instant time, long id) {

    private static final Pattern FORM = Pattern.compile("(\\d{1,18})-(\\d{1,18})");
    static final int MAX_LIMIT = 500;

    static String of(Instant time, long id) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, time) + "-" + id;
    }

    static MailLogCursor parse(String text) {
        var m = FORM.matcher(text);
        if (!m.matches()) {
            throw new JsonFields.BadField("after", "not a cursor from this API's Link header");
        }
        return new MailLogCursor(
                Instant.EPOCH.plus(Long.parseLong(m.group(1)), ChronoUnit.MICROS), Long.parseLong(m.group(2)));
    }

    /** A page size of 1 to {@value #MAX_LIMIT}, refused when out of range or not a number. */
    static int limit(String text) {
        int limit = text != null && text.matches("\\d{1,3}") ? Integer.parseInt(text) : 0;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new JsonFields.BadField("limit", "a whole number from 1 to " + MAX_LIMIT);
        }
        return limit;
    }
}
