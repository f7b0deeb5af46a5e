package nl.provalue.privacy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The language of the page: Dutch unless the visitor chose English. The choice lives in a cookie
 * (set by {@link LanguageFilter}) so it holds before and after login alike.
 */
@Named("language")
@RequestScoped
public class Language {

    static final String COOKIE = "portal-lang";
    static final String ATTRIBUTE = Language.class.getName();
    static final Locale DUTCH = Locale.forLanguageTag("nl");
    static final Locale ENGLISH = Locale.ENGLISH;

    @Inject
    HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = resolve(request);
        }
        return locale;
    }

    public String getCode() {
        return getLocale().getLanguage();
    }

    /** The language the switch on every page offers. */
    public String getOtherCode() {
        return "en".equals(getCode()) ? "nl" : "en";
    }

    /**
     * The address the language switch links to: this page with its own query ({@code ?site=},
     * {@code ?id=}) and the other language, so the page stays the page it was.
     */
    public String getSwitchQuery() {
        return switchQuery(request.getQueryString(), getOtherCode());
    }

    static String switchQuery(String query, String lang) {
        StringBuilder b = new StringBuilder("?");
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty() && !pair.equals("lang") && !pair.startsWith("lang=")) {
                    b.append(pair).append('&');
                }
            }
        }
        return b.append("lang=").append(lang).toString();
    }

    /** How a day is written in a date field of this page: 15-12-2026 in Dutch, 2026-12-15 in English. */
    public String getDatePattern() {
        return datePattern(getLocale());
    }

    static String datePattern(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? "dd-MM-yyyy" : "yyyy-MM-dd";
    }

    public String getOtherLabel() {
        return "en".equals(getCode()) ? "Nederlands" : "English";
    }

    static Locale resolve(HttpServletRequest request) {
        Object chosen = request.getAttribute(ATTRIBUTE);
        if (chosen instanceof Locale l) {
            return l;
        }
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (COOKIE.equals(c.getName())) {
                    return fromCode(c.getValue());
                }
            }
        }
        return DUTCH;
    }

    static Locale fromCode(String code) {
        return "en".equals(code) ? ENGLISH : DUTCH;
    }
}
