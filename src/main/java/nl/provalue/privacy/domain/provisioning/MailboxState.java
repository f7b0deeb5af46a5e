package nl.provalue.privacy.domain.provisioning;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.provalue.privacy.domain.mail.MailProtocol;

/** A mailbox as the customer system has it: its address and the protocols it is used with (P5). */
public record MailboxState(String address, Set<MailProtocol> protocols) {

    /** RFC 5321 §4.5.3.1: at most 64 octets before the {@code @}, 254 in all; letters, digits and the usual signs. */
    private static final Pattern ADDRESS = Pattern.compile(
            "[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    public MailboxState {
        if (address == null || address.isBlank()) {
            throw new InvalidStateException("address", "required");
        }
        if (address.length() > 254 || address.indexOf('@') > 64) {
            throw new InvalidStateException("address", "at most 64 characters before the @ and 254 in all");
        }
        address = address.toLowerCase(Locale.ROOT);
        if (!ADDRESS.matcher(address).matches()) {
            throw new InvalidStateException("address", "not an e-mail address");
        }
        if (protocols == null || protocols.isEmpty()) {
            throw new InvalidStateException("protocols", "at least one of POP3, IMAP, WEBMAIL");
        }
        protocols = Set.copyOf(EnumSet.copyOf(protocols));
    }

    /** The protocols as the customer reads them, in a fixed order: "POP3, IMAP". */
    public String protocolsText() {
        return EnumSet.copyOf(protocols).stream()
                .map(p -> p == MailProtocol.WEBMAIL ? "Webmail" : p.name())
                .collect(Collectors.joining(", "));
    }
}
