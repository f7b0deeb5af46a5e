package nl.provalue.privacy.web.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import nl.provalue.privacy.application.AccountNames;
import nl.provalue.privacy.web.Language;

/**
 * On staff pages, who did something, as a person reads it: the full name for the user name a
 * history or record keeps ("Lotte Mulder" for {@code lotte.mulder}), and words for the portal's
 * own work (the followed mail log's imports, backups destroyed when their time is up) instead of
 * the codes stored for it. Each user name is looked up once per request.
 */
@Named("names")
@RequestScoped
public class Names {

    /** What the portal records as the one who did it when nobody signed in did (the log follower, a job). */
    static final String PORTAL = "system";
    /** The start of what the retention jobs record, followed by the server's name. */
    static final String RETENTION = "retention ";

    @Inject
    AccountNames accounts;

    @Inject
    Language language;

    private final Map<String, String> known = new HashMap<>();

    /** The person's full name; the user name itself when it has no login any more. */
    public String of(String recorded) {
        if (recorded == null || recorded.isEmpty()) {
            return "";
        }
        return known.computeIfAbsent(recorded, this::lookUp);
    }

    private String lookUp(String recorded) {
        String automatic = automatic(recorded);
        if (automatic != null) {
            return ResourceBundle.getBundle("messages", language.getLocale()).getString(automatic);
        }
        return accounts.fullNames(Set.of(recorded)).getOrDefault(recorded, recorded);
    }

    /** The message key for the portal's own work, or null for a person's user name. */
    static String automatic(String recorded) {
        if (PORTAL.equals(recorded)) {
            return "names.portal";
        }
        if (recorded.startsWith(RETENTION)) {
            return "names.retention";
        }
        return null;
    }
}
