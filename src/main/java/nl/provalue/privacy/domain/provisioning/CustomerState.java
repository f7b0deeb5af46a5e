package nl.provalue.privacy.domain.provisioning;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.provalue.privacy.domain.customer.ContactDetails;
import nl.provalue.privacy.domain.customer.ContactField;
import nl.provalue.privacy.domain.mail.MailProtocol;
import nl.provalue.privacy.domain.registration.ContactRole;

/**
 * Everything the provider's customer system says one customer has. Domain names, mailboxes and
 * websites are held in a fixed order (by name), so that the same state always has the same
 * {@link #etag() version tag}; the same name twice is refused. {@code contractEnd} is the last day
 * of the contract when its end is known (P8), null while it runs on.
 */
public record CustomerState(
        ContactDetails contact,
        String language,
        List<DomainState> domains,
        List<MailboxState> mailboxes,
        List<WebsiteState> websites,
        LocalDate contractEnd) {

    /** The most of each a customer has in one state: well above any real customer, well below a denial of service. */
    public static final int MAX_EACH = 500;

    /** P8: the last day of a contract lies in these years; anything else is a mistake, not a customer leaving. */
    static final int FIRST_YEAR = 2000;

    static final int LAST_YEAR = 2100;

    public CustomerState {
        if (contact == null) {
            throw new InvalidStateException("contact", "required");
        }
        if (!"nl".equals(language) && !"en".equals(language)) {
            throw new InvalidStateException("language", "nl or en");
        }
        domains = canonical(domains, "domains", DomainState::name);
        mailboxes = canonical(mailboxes, "mailboxes", MailboxState::address);
        websites = canonical(websites, "websites", WebsiteState::hostname);
        if (contractEnd != null && (contractEnd.getYear() < FIRST_YEAR || contractEnd.getYear() > LAST_YEAR)) {
            throw new InvalidStateException("contractEnd", "a day from " + FIRST_YEAR + " to " + LAST_YEAR);
        }
    }

    /** A customer whose contract has no end yet. */
    public CustomerState(
            ContactDetails contact,
            String language,
            List<DomainState> domains,
            List<MailboxState> mailboxes,
            List<WebsiteState> websites) {
        this(contact, language, domains, mailboxes, websites, null);
    }

    private static <T> List<T> canonical(List<T> items, String field, Function<T, String> key) {
        if (items == null) {
            return List.of();
        }
        if (items.size() > MAX_EACH) {
            throw new InvalidStateException(field, "at most " + MAX_EACH);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(key.apply(items.get(i)))) {
                throw new InvalidStateException(field + "[" + i + "]", "named twice: " + key.apply(items.get(i)));
            }
        }
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(key));
        return List.copyOf(sorted);
    }

    /**
     * The version tag of this state: a strong entity tag ({@code "…"}, RFC 9110 §8.8.3) that
     * changes when anything in the state changes, whoever changed it (the customer system or the
     * customer in the portal), and stays the same when nothing did.
     */
    public String etag() {
        StringBuilder b = new StringBuilder(512);
        contact(b, contact);
        put(b, language);
        if (contractEnd != null) {
            put(b, "contractEnd");
            put(b, contractEnd.toString());
        }
        for (DomainState d : domains) {
            put(b, "domain");
            put(b, d.name());
            put(b, d.registeredOn().toString());
            put(b, d.expiresOn().toString());
            for (ContactRole role : ContactRole.values()) {
                DomainContactState c = d.contacts().get(role);
                put(b, c == null ? null : c.holderKind().name());
                contact(b, c == null ? null : c.details());
            }
        }
        for (MailboxState m : mailboxes) {
            put(b, "mailbox");
            put(b, m.address());
            for (MailProtocol p : MailProtocol.values()) {
                put(b, m.protocols().contains(p) ? p.name() : null);
            }
        }
        for (WebsiteState w : websites) {
            put(b, "website");
            put(b, w.hostname());
            put(b, w.plan());
            put(b, Long.toString(w.trafficLimitBytes()));
        }
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(hash, 18))
                    + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void contact(StringBuilder b, ContactDetails details) {
        for (ContactField f : ContactField.values()) {
            put(b, f.valueIn(details));
        }
    }

    /** Each value with its length in front, so that no two different states write the same text. */
    private static void put(StringBuilder b, String value) {
        if (value == null) {
            b.append("-;");
        } else {
            b.append(value.length()).append(':').append(value).append(';');
        }
    }
}
