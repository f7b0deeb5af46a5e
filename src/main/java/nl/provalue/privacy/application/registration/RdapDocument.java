package nl.provalue.privacy.application.registration;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import nl.provalue.privacy.domain.registration.ContactRole;
import nl.provalue.privacy.domain.registration.FieldExposure;
import nl.provalue.privacy.domain.registration.IdnaName;
import nl.provalue.privacy.domain.registration.RegistrationField;

/**
 * P10: the RDAP domain object (RFC 9083) for a public record, with an RFC 9537 {@code redacted}
 * member for every field on record that is not published. Names of redacted fields are the
 * registered ones ("Registrant Name", "Tech Email") where the IANA registry has them, and a
 * description otherwise.
 */
public final class RdapDocument {

    public static final String MEDIA_TYPE = "application/rdap+json";

    private static final Map<ContactRole, String> RDAP_ROLE = Map.of(
            ContactRole.REGISTRANT,
            "registrant",
            ContactRole.ADMINISTRATIVE,
            "administrative",
            ContactRole.TECHNICAL,
            "technical");

    private static final String REDACTIONS_NOTICE = "Fields that are not published are listed under "
            + "\"redacted\" (RFC 9537). Requests for non-public data can be sent to privacy@provalue.nl;"
            + " each is recorded and assessed.";

    private RdapDocument() {}

    /**
     * The domain answer. {@code base} is where the RDAP service is reached
     * ({@code https://portal.example/rdap}), for the self link (RFC 9083 §4.2).
     */
    public static JsonObject of(PublicRecord record, String base) {
        IdnaName name = IdnaName.ofStored(record.domainName());
        JsonArrayBuilder entities = Json.createArrayBuilder();
        JsonArrayBuilder redacted = Json.createArrayBuilder();
        boolean anyRedaction = false;
        for (PublicRecord.Contact c : record.contacts()) {
            entities.add(entity(record, c));
            for (FieldExposure f : c.fields()) {
                if (!f.published() && f.reason() != FieldExposure.Reason.EMPTY) {
                    redacted.add(redaction(record, c, f));
                    anyRedaction = true;
                }
            }
        }
        entities.add(Json.createObjectBuilder()
                .add("objectClassName", "entity")
                .add("handle", "PROVALUE-REGISTRAR")
                .add("roles", Json.createArrayBuilder().add("registrar"))
                .add(
                        "vcardArray",
                        Json.createArrayBuilder()
                                .add("vcard")
                                .add(Json.createArrayBuilder()
                                        .add(prop("version", "4.0"))
                                        .add(prop("fn", "Provalue B.V."))
                                        .add(Json.createArrayBuilder()
                                                .add("email")
                                                .add(Json.createObjectBuilder())
                                                .add("text")
                                                .add("abuse@provalue.nl")))));

        JsonArrayBuilder conformance = Json.createArrayBuilder().add("rdap_level_0");
        if (anyRedaction) {
            conformance.add("redacted");
        }
        JsonObjectBuilder domain = Json.createObjectBuilder()
                .add("rdapConformance", conformance)
                .add("objectClassName", "domain")
                .add("handle", "PV-D" + record.domainId())
                .add("ldhName", name.ascii());
        if (name.internationalised()) {
            // RFC 9083 §3: the name in U-labels, for IDNs.
            domain.add("unicodeName", name.unicode());
        }
        String self = base + "/domain/" + name.ascii();
        domain.add(
                        "links",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("value", self)
                                        .add("rel", "self")
                                        .add("href", self)
                                        .add("type", MEDIA_TYPE)))
                .add("status", Json.createArrayBuilder().add("active"))
                .add(
                        "events",
                        Json.createArrayBuilder()
                                .add(event(
                                        "registration",
                                        record.registeredOn()
                                                .atStartOfDay(ZoneOffset.UTC)
                                                .toInstant()
                                                .toString()))
                                .add(event(
                                        "expiration",
                                        record.expiresOn()
                                                .atStartOfDay(ZoneOffset.UTC)
                                                .toInstant()
                                                .toString()))
                                .add(event(
                                        "last update of RDAP database",
                                        record.asOf().toString())))
                .add("entities", entities)
                .add("notices", notices(record));
        if (anyRedaction) {
            domain.add("redacted", redacted);
        }
        return domain.build();
    }

    private static JsonArrayBuilder notices(PublicRecord record) {
        JsonObjectBuilder terms = Json.createObjectBuilder()
                .add("title", "Terms of Use")
                .add(
                        "description",
                        Json.createArrayBuilder()
                                .add("Registration data of domain names registered "
                                        + "through Provalue B.V., published as far as the rules of the ." + record.tld()
                                        + " registry ("
                                        + record.registry() + ") and the holder's own choices allow."));
        JsonObjectBuilder redactions = Json.createObjectBuilder()
                .add("title", "Redacted registration data")
                .add("description", Json.createArrayBuilder().add(REDACTIONS_NOTICE));
        return Json.createArrayBuilder().add(terms).add(redactions);
    }

    /** The RDAP error object for a domain the provider does not hold. */
    public static JsonObject notFound(IdnaName name) {
        return error(404, "Not Found", "No domain " + name + " is registered through Provalue.");
    }

    /** An RDAP error response (RFC 9083 §6). */
    public static JsonObject error(int code, String title, String description) {
        return Json.createObjectBuilder()
                .add("rdapConformance", Json.createArrayBuilder().add("rdap_level_0"))
                .add("errorCode", code)
                .add("title", title)
                .add("description", Json.createArrayBuilder().add(description))
                .build();
    }

    /** The help response (RFC 9083 §7): what this service answers, and the terms. */
    public static JsonObject help(String base) {
        return Json.createObjectBuilder()
                .add("rdapConformance", Json.createArrayBuilder().add("rdap_level_0"))
                .add(
                        "notices",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("title", "Provalue RDAP service")
                                        .add(
                                                "description",
                                                Json.createArrayBuilder()
                                                        .add(
                                                                "Registration data of domain names registered through Provalue B.V.")
                                                        .add("Lookups: " + base
                                                                + "/domain/{name}, by A-labels or U-labels (IDNA2008).")
                                                        .add(
                                                                "Nameserver, entity, IP network and autonomous system lookups and searches are not offered (501)."))
                                        .add(
                                                "links",
                                                Json.createArrayBuilder()
                                                        .add(Json.createObjectBuilder()
                                                                .add("value", base + "/help")
                                                                .add("rel", "self")
                                                                .add("href", base + "/help")
                                                                .add("type", MEDIA_TYPE))))
                                .add(Json.createObjectBuilder()
                                        .add("title", "Redacted registration data")
                                        .add(
                                                "description",
                                                Json.createArrayBuilder().add(REDACTIONS_NOTICE))))
                .build();
    }

    /** Why a name was refused, in words. */
    public static String describe(IdnaName.Problem problem) {
        return switch (problem) {
            case EMPTY -> "the name is empty";
            case TOO_LONG -> "longer than 253 characters, or a label longer than 63";
            case EMPTY_LABEL -> "an empty label (two dots in a row, or a dot at the start)";
            case DISALLOWED -> "a character domain names cannot hold";
            case NOT_MAPPED ->
                "a character that is not its own form in a domain name (such as a capital outside ASCII, "
                        + "a fullwidth letter, a soft hyphen or an ideographic full stop); send the name as it is registered";
            case HYPHEN -> "a hyphen at the start or end of a label, or in its third and fourth place";
            case BAD_A_LABEL -> "an xn-- label that is not a valid A-label";
            case CONTEXT -> "a right-to-left or joiner rule of IDNA2008 is broken";
        };
    }

    private static JsonObject entity(PublicRecord record, PublicRecord.Contact c) {
        JsonArrayBuilder card = Json.createArrayBuilder().add(prop("version", "4.0"));
        card.add(prop("fn", published(c, RegistrationField.NAME)));
        String org = published(c, RegistrationField.ORGANISATION);
        if (!org.isEmpty()) {
            card.add(prop("org", org));
        }
        if (hasAddress(c)) {
            JsonObjectBuilder params = Json.createObjectBuilder();
            String cc = published(c, RegistrationField.COUNTRY);
            if (!cc.isEmpty()) {
                params.add("cc", cc);
            }
            card.add(Json.createArrayBuilder()
                    .add("adr")
                    .add(params)
                    .add("text")
                    .add(Json.createArrayBuilder()
                            .add("")
                            .add("")
                            .add(published(c, RegistrationField.STREET))
                            .add(published(c, RegistrationField.CITY))
                            .add("")
                            .add(published(c, RegistrationField.POSTAL_CODE))
                            .add(cc.isEmpty() ? "" : new Locale("", cc).getDisplayCountry(Locale.ENGLISH))));
        }
        String tel = published(c, RegistrationField.PHONE);
        if (!tel.isEmpty()) {
            card.add(Json.createArrayBuilder()
                    .add("tel")
                    .add(Json.createObjectBuilder().add("type", "voice"))
                    .add("uri")
                    .add("tel:" + tel.replace(" ", "")));
        }
        String email = published(c, RegistrationField.EMAIL);
        if (!email.isEmpty()) {
            card.add(Json.createArrayBuilder()
                    .add("email")
                    .add(Json.createObjectBuilder())
                    .add("text")
                    .add(email));
        }
        return Json.createObjectBuilder()
                .add("objectClassName", "entity")
                .add("handle", "PV-C" + c.id())
                .add("roles", Json.createArrayBuilder().add(RDAP_ROLE.get(c.role())))
                .add("vcardArray", Json.createArrayBuilder().add("vcard").add(card))
                .build();
    }

    private static JsonObject redaction(PublicRecord record, PublicRecord.Contact c, FieldExposure f) {
        String entity = "$.entities[?(@.roles[0]=='" + RDAP_ROLE.get(c.role()) + "')].vcardArray[1]";
        JsonObjectBuilder r = Json.createObjectBuilder();
        String registered = registeredName(c.role(), f.field());
        r.add(
                "name",
                registered != null
                        ? Json.createObjectBuilder().add("type", registered)
                        : Json.createObjectBuilder()
                                .add(
                                        "description",
                                        roleLabel(c.role()) + " " + f.field().label()));
        switch (f.field()) {
            case NAME -> r.add("postPath", entity + "[?(@[0]=='fn')][3]").add("method", "emptyValue");
            case STREET -> r.add("postPath", entity + "[?(@[0]=='adr')][3][2]").add("method", "emptyValue");
            case CITY -> r.add("postPath", entity + "[?(@[0]=='adr')][3][3]").add("method", "emptyValue");
            case POSTAL_CODE ->
                r.add("postPath", entity + "[?(@[0]=='adr')][3][5]").add("method", "emptyValue");
            case COUNTRY -> r.add("postPath", entity + "[?(@[0]=='adr')][3][6]").add("method", "emptyValue");
            case ORGANISATION -> r.add("prePath", entity + "[?(@[0]=='org')]").add("method", "removal");
            case PHONE -> r.add("prePath", entity + "[?(@[0]=='tel')]").add("method", "removal");
            case EMAIL -> r.add("prePath", entity + "[?(@[0]=='email')]").add("method", "removal");
        }
        r.add("pathLang", "jsonpath");
        String why = switch (f.reason()) {
            case NO_CONSENT -> "The holder has not consented to publication";
            case PROVIDER_WITHHOLDS -> "The registrar's own contact, not published by the registrar";
            default ->
                "Not published under the policy of the ." + record.tld() + " registry (" + record.registry() + ")";
        };
        r.add("reason", Json.createObjectBuilder().add("description", why));
        return r.build();
    }

    /** The redacted-field names of the IANA "RDAP JSON Values" registry that apply here. */
    private static String registeredName(ContactRole role, RegistrationField field) {
        if (role == ContactRole.REGISTRANT && field != RegistrationField.COUNTRY) {
            return "Registrant " + field.label();
        }
        if (role == ContactRole.TECHNICAL
                && (field == RegistrationField.NAME
                        || field == RegistrationField.PHONE
                        || field == RegistrationField.EMAIL)) {
            return "Tech " + field.label();
        }
        return null;
    }

    static String roleLabel(ContactRole role) {
        return switch (role) {
            case REGISTRANT -> "Registrant";
            case ADMINISTRATIVE -> "Admin";
            case TECHNICAL -> "Tech";
        };
    }

    private static boolean hasAddress(PublicRecord.Contact c) {
        return c.fields().stream()
                .anyMatch(f -> f.reason() != FieldExposure.Reason.EMPTY
                        && (f.field() == RegistrationField.STREET
                                || f.field() == RegistrationField.CITY
                                || f.field() == RegistrationField.POSTAL_CODE
                                || f.field() == RegistrationField.COUNTRY));
    }

    private static String published(PublicRecord.Contact c, RegistrationField field) {
        return c.fields().stream()
                .filter(f -> f.field() == field && f.published())
                .map(FieldExposure::value)
                .findFirst()
                .orElse("");
    }

    private static JsonArrayBuilder prop(String name, String value) {
        return Json.createArrayBuilder()
                .add(name)
                .add(Json.createObjectBuilder())
                .add("text")
                .add(value);
    }

    private static JsonObjectBuilder event(String action, String date) {
        return Json.createObjectBuilder().add("eventAction", action).add("eventDate", date);
    }
}
