package nl.provalue.privacy.application.registration;

import nl.provalue.privacy.domain.registration.FieldExposure;

/** P10: the public record as port-43 style WHOIS text, from the same {@link PublicRecord} as RDAP. */
public final class WhoisText {

    static final String REDACTED = "REDACTED FOR PRIVACY";

    private WhoisText() {}

    public static String of(PublicRecord record) {
        StringBuilder b = new StringBuilder();
        line(b, "Domain Name", record.domainName());
        line(b, "Registrar", "Provalue B.V.");
        line(b, "Registrar Abuse Contact Email", "abuse@provalue.nl");
        line(b, "Creation Date", record.registeredOn().toString());
        line(b, "Registry Expiry Date", record.expiresOn().toString());
        for (PublicRecord.Contact c : record.contacts()) {
            String role = RdapDocument.roleLabel(c.role());
            for (FieldExposure f : c.fields()) {
                if (f.reason() == FieldExposure.Reason.EMPTY) {
                    continue;
                }
                line(b, role + " " + f.field().label(), f.published() ? f.value() : REDACTED);
            }
        }
        b.append(">>> Last update of WHOIS database: ").append(record.asOf()).append(" <<<\n");
        return b.toString();
    }

    private static void line(StringBuilder b, String key, String value) {
        b.append(key).append(": ").append(value).append('\n');
    }
}
