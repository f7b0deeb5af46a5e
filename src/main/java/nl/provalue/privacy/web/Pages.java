package nl.provalue.privacy.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** What backing beans say to the person: messages from the bundles, and 404 for what is not theirs. */
public final class Pages {

    private Pages() {}

    /** Unknown ids and ids of other customers' data answer 404, like a page that does not exist. */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Messages survive the redirect that follows. */
    public static void keepMessages() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /**
     * A text in the person's language. Resolved from the request (cookie or ?lang=), not from the
     * view root: a view action runs before the page has set its locale.
     */
    public static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        java.util.Locale locale = Language.resolve((jakarta.servlet.http.HttpServletRequest)
                faces.getExternalContext().getRequest());
        ResourceBundle bundle = ResourceBundle.getBundle(
                "messages", locale, Thread.currentThread().getContextClassLoader());
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public static void info(String key, Object... args) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
    }

    public static void error(String clientId, String key, Object... args) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, args), null));
    }

    /**
     * A validation message at the field it is about, in the page's language: {@code template}
     * is the constraint's message template ("{contact.postalCode.invalid}"), looked up in the
     * validation messages rather than taken as interpolated in the server's default language.
     */
    public static void fieldError(String clientId, String template) {
        FacesContext faces = FacesContext.getCurrentInstance();
        java.util.Locale locale = Language.resolve((jakarta.servlet.http.HttpServletRequest)
                faces.getExternalContext().getRequest());
        String key = template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1)
                : template;
        // No fall-back to the server's own language: English is the base bundle.
        ResourceBundle bundle = ResourceBundle.getBundle(
                "ValidationMessages",
                locale,
                Thread.currentThread().getContextClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        String text = bundle.containsKey(key) ? bundle.getString(key) : text("mydata.invalid", key);
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        // Marked invalid too, so the field is shown as wrong and the focus can go to it. It keeps
        // what the person typed: PrimeFaces draws an invalid field without a submitted value empty,
        // and saving that again would erase what was there before.
        if (faces.getViewRoot().findComponent(clientId) instanceof jakarta.faces.component.UIInput input) {
            if (input.getSubmittedValue() == null && (input.getValue() == null || input.getValue() instanceof String)) {
                input.setSubmittedValue(input.getValue() == null ? "" : input.getValue());
            }
            input.setValid(false);
        }
    }

    /** The language the page is shown in. */
    public static java.util.Locale locale() {
        return Language.resolve((jakarta.servlet.http.HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest());
    }

    /**
     * A moment soon, as the person reads it, for messages: the time to the second ("19:17:32"),
     * with the day when it is not today.
     */
    public static String moment(java.time.Instant at) {
        java.time.ZonedDateTime local = at.atZone(nl.provalue.privacy.domain.shared.PolicyClock.PROVIDER_ZONE);
        java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter.ofLocalizedTime(
                        java.time.format.FormatStyle.MEDIUM)
                .withLocale(locale());
        if (local.toLocalDate()
                .equals(java.time.LocalDate.now(nl.provalue.privacy.domain.shared.PolicyClock.PROVIDER_ZONE))) {
            return time.format(local);
        }
        return java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM)
                .withLocale(locale())
                .format(local);
    }

    /** A day as the person reads it ("1 jan. 2027"), for messages. */
    public static String date(java.time.LocalDate day) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(locale())
                .format(day);
    }
}
