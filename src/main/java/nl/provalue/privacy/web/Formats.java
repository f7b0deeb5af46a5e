package nl.provalue.privacy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.provalue.privacy.domain.shared.PolicyClock;

/** Dates, times, numbers and sizes written the way the reader's language writes them. */
@Named("fmt")
@RequestScoped
public class Formats {

    @Inject
    Language language;

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language.getLocale())
                .withZone(PolicyClock.PROVIDER_ZONE)
                .format(instant);
    }

    public String date(Object value) {
        if (value == null) {
            return "";
        }
        DateTimeFormatter f =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.getLocale());
        if (value instanceof Instant i) {
            return f.withZone(PolicyClock.PROVIDER_ZONE).format(i);
        }
        return f.format((LocalDate) value);
    }

    /**
     * A moment given as seconds since 1970 in a link (the login page's "try again after"), as a
     * time of day, with the date when it is not today. Anything else gives an empty text.
     */
    public String epochTime(String epochSeconds) {
        if (epochSeconds == null || !epochSeconds.matches("[0-9]{1,12}")) {
            return "";
        }
        Instant at = Instant.ofEpochSecond(Long.parseLong(epochSeconds));
        java.time.ZonedDateTime local = at.atZone(PolicyClock.PROVIDER_ZONE);
        if (local.toLocalDate().equals(LocalDate.now(PolicyClock.PROVIDER_ZONE))) {
            return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                    .withLocale(language.getLocale())
                    .format(local);
        }
        return dateTime(at);
    }

    /** A half year as people say it: "januari–juni 2026", "January–June 2026". */
    public String halfYear(Object period) {
        return halfYear(period, language.getLocale());
    }

    /** The same, for messages composed outside a page. */
    public static String halfYear(Object period, Locale locale) {
        nl.provalue.privacy.domain.disclosure.HalfYear half =
                period instanceof nl.provalue.privacy.domain.disclosure.HalfYear h
                        ? h
                        : nl.provalue.privacy.domain.disclosure.HalfYear.parse(String.valueOf(period));
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMMM", locale);
        return month.format(half.firstDay()) + "–" + month.format(half.end().minusDays(1)) + " " + half.year();
    }

    /**
     * The message key for a label after a count: {@code key + ".one"} after exactly one ("1
     * website", "1 papieren dossier"), {@code key} itself after any other count.
     */
    public String one(long count, String key) {
        return countKey(count, key);
    }

    /** The same, for messages composed in a bean or a file. */
    public static String countKey(long count, String key) {
        return count == 1 ? key + ".one" : key;
    }

    /**
     * The message key for a text about the customer on a staff page: {@code key + ".forStaff"} where
     * the messages have one ("Document van de klant" where the customer's own page says "Document
     * van u"), {@code key} itself where the customer's wording reads right to staff too.
     */
    public String aboutCustomer(String key) {
        return aboutCustomer(ResourceBundle.getBundle("messages", language.getLocale()), key);
    }

    /** The same, for a given bundle: unit-tested without a container. */
    public static String aboutCustomer(ResourceBundle messages, String key) {
        String staff = key + ".forStaff";
        return messages.containsKey(staff) ? staff : key;
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(language.getLocale()).format(value);
    }

    /** 1536 → "1,5 kB" (Dutch) or "1.5 kB" (English), in powers of 1024. */
    public String bytes(long value) {
        return ByteSize.format(value, language.getLocale());
    }

    /** Pure formatting, unit-tested without a container. */
    public static final class ByteSize {
        private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB"};

        private ByteSize() {}

        public static String format(long bytes, Locale locale) {
            if (bytes < 1024) {
                return bytes + " B";
            }
            double v = bytes;
            int unit = 0;
            while (v >= 1024 && unit < UNITS.length - 1) {
                v /= 1024;
                unit++;
            }
            NumberFormat nf = NumberFormat.getNumberInstance(locale);
            nf.setMaximumFractionDigits(1);
            nf.setMinimumFractionDigits(1);
            return nf.format(v) + " " + UNITS[unit];
        }
    }
}
