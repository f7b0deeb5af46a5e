package nl.provalue.privacy.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * A day in a date field, read the way people write it: on a Dutch screen {@code 15-12-2026}
 * (also with slashes or dots, and without leading zeros), on either screen the ISO form
 * {@code 2026-12-15}; written back in the page's own form ({@link Language#getDatePattern()}).
 * A day that does not exist (31-02-2026) is refused in the page's language, never moved to
 * another day.
 */
@FacesConverter("portal.date")
public class DateConverter implements Converter<LocalDate> {

    private static final List<DateTimeFormatter> READ =
            List.of(strict("d-M-uuuu"), strict("d/M/uuuu"), strict("d.M.uuuu"), strict("uuuu-M-d"));

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return parse(value)
                .orElseThrow(() -> new ConverterException(
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, Pages.text("date.invalid"), null)));
    }

    /** The day written in {@code value}, or empty when it is no day in any of the forms read. */
    static java.util.Optional<LocalDate> parse(String value) {
        for (DateTimeFormatter f : READ) {
            try {
                return java.util.Optional.of(LocalDate.parse(value.strip(), f));
            } catch (DateTimeParseException notThisForm) {
                // the next form
            }
        }
        return java.util.Optional.empty();
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        if (value == null) {
            return "";
        }
        Locale locale = Language.resolve((jakarta.servlet.http.HttpServletRequest)
                context.getExternalContext().getRequest());
        return DateTimeFormatter.ofPattern(Language.datePattern(locale)).format(value);
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }
}
