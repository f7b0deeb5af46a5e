package nl.provalue.privacy.domain.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * P4: whose mail log a delivery is in. The customer of the recipient's mailbox, else of the
 * sender's, else the customer of the recipient's or the sender's domain, the nearest domain first
 * ({@code mail.example.nl} before {@code example.nl}); else nobody's.
 */
public final class MailOwnership {

    private MailOwnership() {}

    /**
     * @param mailboxes which customer has each known mailbox
     * @param domains   which customer has each known domain
     */
    public static Long ownerOf(
            String recipient, String sender, Map<String, Long> mailboxes, Map<String, Long> domains) {
        for (String address : List.of(recipient, sender)) {
            Long owner = mailboxes.get(address);
            if (owner != null) {
                return owner;
            }
        }
        for (String address : List.of(recipient, sender)) {
            for (String domain : domainsOf(address)) {
                Long owner = domains.get(domain);
                if (owner != null) {
                    return owner;
                }
            }
        }
        return null;
    }

    /** example.nl for x@example.nl; mail.example.nl and example.nl for x@mail.example.nl. */
    public static List<String> domainsOf(String address) {
        int at = address.lastIndexOf('@');
        if (at < 0 || at == address.length() - 1) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        String domain = address.substring(at + 1);
        while (domain.indexOf('.') > 0) {
            result.add(domain);
            domain = domain.substring(domain.indexOf('.') + 1);
        }
        return result;
    }
}
