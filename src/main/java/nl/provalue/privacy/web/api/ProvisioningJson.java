package nl.provalue.privacy.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.provalue.privacy.domain.customer.ContactDetails;
import nl.provalue.privacy.domain.mail.MailProtocol;
import nl.provalue.privacy.domain.provisioning.CustomerState;
import nl.provalue.privacy.domain.provisioning.DomainContactState;
import nl.provalue.privacy.domain.provisioning.DomainState;
import nl.provalue.privacy.domain.provisioning.InvalidStateException;
import nl.provalue.privacy.domain.provisioning.MailboxState;
import nl.provalue.privacy.domain.provisioning.WebsiteState;
import nl.provalue.privacy.domain.registration.ContactRole;
import nl.provalue.privacy.domain.registration.HolderKind;

/**
 * A customer's state as the provisioning API reads and writes it. Reading is strict: a member the
 * API does not know, a value of the wrong type or a name used twice is refused with the path of
 * the field at fault ({@code domains[1].contacts.registrant.email}), never skipped or guessed.
 */
final class ProvisioningJson {

    private static final Set<String> STATE =
            Set.of("contact", "language", "domains", "mailboxes", "websites", "contractEnd");
    private static final Set<String> CONTACT =
            Set.of("fullName", "organisation", "street", "postalCode", "city", "country", "phone", "email");
    private static final Set<String> DOMAIN_CONTACT;
    private static final Set<String> DOMAIN = Set.of("name", "registeredOn", "expiresOn", "contacts");
    private static final Set<String> MAILBOX = Set.of("address", "protocols");
    private static final Set<String> WEBSITE = Set.of("hostname", "plan", "trafficLimitBytes");
    private static final Map<ContactRole, String> ROLE_NAMES = new EnumMap<>(Map.of(
            ContactRole.REGISTRANT,
            "registrant",
            ContactRole.ADMINISTRATIVE,
            "administrative",
            ContactRole.TECHNICAL,
            "technical"));

    static {
        Set<String> fields = new java.util.HashSet<>(CONTACT);
        fields.add("holderKind");
        DOMAIN_CONTACT = Set.copyOf(fields);
    }

    /** The contact rules to apply ({@code Validator::validate} in the application). */
    interface Check {
        Set<ConstraintViolation<ContactDetails>> validate(ContactDetails details, Class<?>... groups);
    }

    private ProvisioningJson() {}

    /** A reader that refuses a name given twice in one object instead of keeping the last value. */
    private static final jakarta.json.JsonReaderFactory STRICT = Json.createReaderFactory(
            Map.of(jakarta.json.JsonConfig.KEY_STRATEGY, jakarta.json.JsonConfig.KeyStrategy.NONE));

    /** JSON text read strictly: not JSON, or a name given twice in one object, is refused. */
    static JsonValue parse(java.io.Reader text) {
        try (jakarta.json.JsonReader reader = STRICT.createReader(text)) {
            return reader.readValue();
        } catch (jakarta.json.JsonException e) {
            throw new JsonFields.BadField(
                    "body",
                    e.getMessage() != null
                                    && e.getMessage()
                                            .toLowerCase(java.util.Locale.ROOT)
                                            .contains("duplicate")
                            ? "a name is given twice in one object"
                            : "not JSON");
        }
    }

    static CustomerState read(JsonValue json, Check validator) {
        JsonObject body = JsonFields.object(json);
        known(body, STATE, "");
        JsonObject contact = object(body, "contact", "contact");
        ContactDetails details = contact(contact, "contact.", CONTACT, validator);
        String language = JsonFields.text(body, "language", true);
        List<DomainState> domains = list(body, "domains", (o, at) -> domain(o, at, validator));
        List<MailboxState> mailboxes = list(body, "mailboxes", (o, at) -> mailbox(o, at));
        List<WebsiteState> websites = list(body, "websites", (o, at) -> website(o, at));
        LocalDate contractEnd = date(body, "contractEnd", "contractEnd", false);
        try {
            return new CustomerState(details, language, domains, mailboxes, websites, contractEnd);
        } catch (InvalidStateException e) {
            throw new JsonFields.BadField(e.field(), e.problem());
        }
    }

    static JsonObject write(String customerNumber, CustomerState state) {
        JsonArrayBuilder domains = Json.createArrayBuilder();
        for (DomainState d : state.domains()) {
            JsonObjectBuilder contacts = Json.createObjectBuilder();
            d.contacts()
                    .forEach((role, c) -> contacts.add(
                            ROLE_NAMES.get(role),
                            contact(c.details())
                                    .add("holderKind", c.holderKind().name())));
            domains.add(Json.createObjectBuilder()
                    .add("name", d.name())
                    .add("registeredOn", d.registeredOn().toString())
                    .add("expiresOn", d.expiresOn().toString())
                    .add("contacts", contacts));
        }
        JsonArrayBuilder mailboxes = Json.createArrayBuilder();
        for (MailboxState m : state.mailboxes()) {
            JsonArrayBuilder protocols = Json.createArrayBuilder();
            EnumSet.copyOf(m.protocols()).forEach(p -> protocols.add(p.name()));
            mailboxes.add(Json.createObjectBuilder().add("address", m.address()).add("protocols", protocols));
        }
        JsonArrayBuilder websites = Json.createArrayBuilder();
        for (WebsiteState w : state.websites()) {
            websites.add(Json.createObjectBuilder()
                    .add("hostname", w.hostname())
                    .add("plan", w.plan())
                    .add("trafficLimitBytes", w.trafficLimitBytes()));
        }
        JsonObjectBuilder out = Json.createObjectBuilder()
                .add("customerNumber", customerNumber)
                .add("contact", contact(state.contact()))
                .add("language", state.language());
        put(
                out,
                "contractEnd",
                state.contractEnd() == null ? null : state.contractEnd().toString());
        return out.add("domains", domains)
                .add("mailboxes", mailboxes)
                .add("websites", websites)
                .build();
    }

    private static JsonObjectBuilder contact(ContactDetails c) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        put(b, "fullName", c.fullName());
        put(b, "organisation", c.organisation());
        put(b, "street", c.street());
        put(b, "postalCode", c.postalCode());
        put(b, "city", c.city());
        put(b, "country", c.countryCode());
        put(b, "phone", c.phone());
        put(b, "email", c.email());
        return b;
    }

    private static void put(JsonObjectBuilder b, String name, String value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value);
        }
    }

    private interface Element<T> {
        T read(JsonObject object, String at);
    }

    private static <T> List<T> list(JsonObject body, String field, Element<T> element) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw new JsonFields.BadField(field, "must be a list");
        }
        if (array.size() > CustomerState.MAX_EACH) {
            throw new JsonFields.BadField(field, "at most " + CustomerState.MAX_EACH);
        }
        List<T> items = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String at = field + "[" + i + "]";
            if (!(array.get(i) instanceof JsonObject o)) {
                throw new JsonFields.BadField(at, "must be an object");
            }
            try {
                items.add(element.read(o, at));
            } catch (InvalidStateException e) {
                throw new JsonFields.BadField(e.within(at).field(), e.problem());
            } catch (JsonFields.BadField e) {
                if (e.field().startsWith(at)) {
                    throw e;
                }
                throw new JsonFields.BadField(at + "." + e.field(), e.problem());
            }
        }
        return items;
    }

    private static DomainState domain(JsonObject o, String at, Check validator) {
        known(o, DOMAIN, at + ".");
        LocalDate registered = date(o, "registeredOn", at);
        LocalDate expires = date(o, "expiresOn", at);
        JsonObject given = object(o, "contacts", at + ".contacts");
        Map<ContactRole, DomainContactState> contacts = new EnumMap<>(ContactRole.class);
        known(given, Set.copyOf(ROLE_NAMES.values()), at + ".contacts.");
        for (Map.Entry<ContactRole, String> role : ROLE_NAMES.entrySet()) {
            JsonValue value = given.get(role.getValue());
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            String path = at + ".contacts." + role.getValue();
            if (!(value instanceof JsonObject c)) {
                throw new JsonFields.BadField(path, "must be an object");
            }
            HolderKind kind = choice(c, "holderKind", HolderKind.class, path);
            contacts.put(
                    role.getKey(), new DomainContactState(kind, contact(c, path + ".", DOMAIN_CONTACT, validator)));
        }
        return new DomainState(JsonFields.text(o, "name", true), registered, expires, contacts);
    }

    private static MailboxState mailbox(JsonObject o, String at) {
        known(o, MAILBOX, at + ".");
        JsonValue value = o.get("protocols");
        if (!(value instanceof JsonArray array) || array.isEmpty()) {
            throw new JsonFields.BadField(at + ".protocols", "a list of at least one of POP3, IMAP, WEBMAIL");
        }
        Set<MailProtocol> protocols = EnumSet.noneOf(MailProtocol.class);
        for (JsonValue p : array) {
            if (!(p instanceof JsonString s)) {
                throw new JsonFields.BadField(at + ".protocols", "POP3, IMAP or WEBMAIL");
            }
            try {
                if (!protocols.add(MailProtocol.valueOf(s.getString()))) {
                    throw new JsonFields.BadField(at + ".protocols", "names " + s.getString() + " twice");
                }
            } catch (IllegalArgumentException e) {
                if (e instanceof JsonFields.BadField) {
                    throw e;
                }
                throw new JsonFields.BadField(at + ".protocols", "POP3, IMAP or WEBMAIL");
            }
        }
        return new MailboxState(JsonFields.text(o, "address", true), protocols);
    }

    private static WebsiteState website(JsonObject o, String at) {
        known(o, WEBSITE, at + ".");
        Long limit;
        try {
            limit = JsonFields.whole(o, "trafficLimitBytes", 1, Long.MAX_VALUE, true);
        } catch (JsonFields.BadField e) {
            throw new JsonFields.BadField(at + "." + e.field(), e.problem());
        }
        return new WebsiteState(JsonFields.text(o, "hostname", true), JsonFields.text(o, "plan", true), limit);
    }

    private static ContactDetails contact(JsonObject c, String at, Set<String> allowed, Check validator) {
        known(c, allowed, at);
        Function<String, String> text = f -> {
            try {
                String value = JsonFields.text(c, f, false);
                return value == null || value.isBlank() ? null : value;
            } catch (JsonFields.BadField e) {
                throw new JsonFields.BadField(at + f, e.problem());
            }
        };
        ContactDetails details = new ContactDetails(
                text.apply("fullName"),
                text.apply("organisation"),
                text.apply("street"),
                text.apply("postalCode"),
                text.apply("city"),
                text.apply("country"),
                text.apply("phone"),
                text.apply("email"));
        validate(details, at, validator);
        return details;
    }

    /** The contact rules ({@code ValidContact}, lengths, required fields), with the path of the field at fault. */
    private static void validate(ContactDetails details, String at, Check validator) {
        for (ConstraintViolation<ContactDetails> v : validator.validate(details)) {
            String property = v.getPropertyPath().toString();
            String field = property.isEmpty()
                    ? at.substring(0, at.length() - 1)
                    : at + JSON_NAMES.getOrDefault(property, property);
            throw new JsonFields.BadField(field, v.getMessage());
        }
    }

    private static final Map<String, String> JSON_NAMES = Map.of("countryCode", "country");

    private static JsonObject object(JsonObject body, String field, String path) {
        JsonValue value = body.get(field);
        if (!(value instanceof JsonObject o)) {
            throw new JsonFields.BadField(path, value == null ? "required" : "must be an object");
        }
        return o;
    }

    private static LocalDate date(JsonObject o, String field, String at) {
        return date(o, field, at + "." + field, true);
    }

    /** A day as {@code yyyy-MM-dd}; null when it may be left out (or null) and is. */
    private static LocalDate date(JsonObject o, String field, String path, boolean required) {
        String text;
        try {
            text = JsonFields.text(o, field, required);
        } catch (JsonFields.BadField e) {
            throw new JsonFields.BadField(path, e.problem());
        }
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() < 1985 || date.getYear() > 9999) {
                throw new JsonFields.BadField(path, "must lie between 1985 and 9999");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new JsonFields.BadField(path, "a date such as 2027-03-01");
        }
    }

    private static <E extends Enum<E>> E choice(JsonObject o, String field, Class<E> type, String at) {
        try {
            return JsonFields.choice(o, field, type, true);
        } catch (JsonFields.BadField e) {
            throw new JsonFields.BadField(at + "." + field, e.problem());
        }
    }

    /** Refuses a member the API does not know: a misspelt field would otherwise be lost without a word. */
    private static void known(JsonObject o, Set<String> allowed, String prefix) {
        for (String key : o.keySet()) {
            if (!allowed.contains(key)) {
                throw new JsonFields.BadField(prefix + key, "unknown field");
            }
        }
    }
}
