package nl.provalue.privacy.application.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.provalue.privacy.domain.customer.ContactDetails;
import nl.provalue.privacy.domain.registration.ContactRole;
import nl.provalue.privacy.domain.registration.DomainContact;
import nl.provalue.privacy.domain.registration.HolderKind;
import nl.provalue.privacy.domain.registration.PublicationPolicy;
import org.junit.jupiter.api.Test;

/** P10: the RDAP answer's structure (RFC 9083) and its redactions (RFC 9537), and the WHOIS text. */
class RdapDocumentTest {

    private static final String BASE = "https://portal.provalue.nl/rdap";

    private static PublicRecord record(String tld, HolderKind kind, boolean consent) {
        PublicationPolicy policy = new PublicationPolicy(PublicationPolicyTestSeed.rules(tld));
        DomainContact registrant = new DomainContact(
                ContactRole.REGISTRANT,
                kind,
                new ContactDetails(
                        "Jan Jansen",
                        kind == HolderKind.ORGANISATION ? "Jansen Fotografie" : null,
                        "Lindengracht 112",
                        "1015 KK",
                        "Amsterdam",
                        "NL",
                        "+31 6 41 27 83 90",
                        "jan@jansenfotografie." + tld));
        registrant.changeConsent(consent, null);
        return new PublicRecord(
                7,
                "jansenfotografie." + tld,
                tld,
                "Registry of ." + tld,
                "rules",
                "regels",
                LocalDate.of(2021, 4, 21),
                LocalDate.of(2027, 4, 21),
                Instant.parse("2026-11-26T12:00:00.973388912Z"),
                List.of(new PublicRecord.Contact(
                        3, ContactRole.REGISTRANT, kind, consent, true, null, policy.expose(registrant))));
    }

    private static JsonArray card(JsonObject rdap, String role) {
        for (JsonValue e : rdap.getJsonArray("entities")) {
            JsonObject entity = e.asJsonObject();
            if (entity.getJsonArray("roles").getString(0).equals(role)) {
                return entity.getJsonArray("vcardArray").getJsonArray(1);
            }
        }
        throw new AssertionError("no " + role);
    }

    private static String prop(JsonArray card, String name) {
        for (JsonValue v : card) {
            JsonArray p = v.asJsonArray();
            if (p.getString(0).equals(name)) {
                return p.get(3).toString();
            }
        }
        return null;
    }

    @Test
    void p10_rdapDomainHasTheRfc9083Members() {
        JsonObject rdap = RdapDocument.of(record("com", HolderKind.NATURAL_PERSON, false), BASE);
        assertEquals("domain", rdap.getString("objectClassName"));
        assertEquals("jansenfotografie.com", rdap.getString("ldhName"));
        assertTrue(rdap.getJsonArray("rdapConformance").contains(jakarta.json.Json.createValue("rdap_level_0")));
        assertTrue(rdap.getJsonArray("rdapConformance").contains(jakarta.json.Json.createValue("redacted")));
        assertEquals(
                "registration", rdap.getJsonArray("events").getJsonObject(0).getString("eventAction"));
        assertEquals(
                "2021-04-21T00:00:00Z",
                rdap.getJsonArray("events").getJsonObject(0).getString("eventDate"));
        assertFalse(rdap.getJsonArray("notices").isEmpty());
        JsonArray card = card(rdap, "registrant");
        assertEquals(
                "vcard",
                rdap.getJsonArray("entities")
                        .getJsonObject(0)
                        .getJsonArray("vcardArray")
                        .getString(0));
        assertEquals("\"4.0\"", prop(card, "version"));
        assertEquals(
                "registrar",
                rdap.getJsonArray("entities")
                        .getJsonObject(1)
                        .getJsonArray("roles")
                        .getString(0));
    }

    @Test
    void p10_withoutConsentGtldRegistrantDataIsRedactedAndSaidSo() {
        JsonObject rdap = RdapDocument.of(record("com", HolderKind.NATURAL_PERSON, false), BASE);
        JsonArray card = card(rdap, "registrant");
        assertEquals("\"\"", prop(card, "fn"), "name emptied");
        assertEquals(null, prop(card, "email"), "e-mail removed");
        assertEquals(null, prop(card, "tel"));
        List<String> names = rdap.getJsonArray("redacted").stream()
                .map(v -> v.asJsonObject().getJsonObject("name").getString("type", null))
                .toList();
        assertTrue(
                names.containsAll(List.of(
                        "Registrant Name",
                        "Registrant Street",
                        "Registrant City",
                        "Registrant Postal Code",
                        "Registrant Phone",
                        "Registrant Email")),
                names.toString());
        JsonObject name = rdap.getJsonArray("redacted").stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> "Registrant Name".equals(r.getJsonObject("name").getString("type", null)))
                .findFirst()
                .orElseThrow();
        assertEquals("emptyValue", name.getString("method"));
        assertEquals("jsonpath", name.getString("pathLang"));
        assertTrue(name.getString("postPath").contains("'registrant'"));
        assertTrue(name.getJsonObject("reason").getString("description").contains("not consented"));
        assertTrue(WhoisText.of(record("com", HolderKind.NATURAL_PERSON, false))
                .contains("Registrant Name: REDACTED FOR PRIVACY"));
        assertTrue(WhoisText.of(record("com", HolderKind.NATURAL_PERSON, false)).contains("Registrant Country: NL"));
        // The moment of the record to the second, as registries give it.
        assertTrue(WhoisText.of(record("com", HolderKind.NATURAL_PERSON, false))
                .contains(">>> Last update of WHOIS database: 2026-11-26T12:00:00Z <<<"));
        assertTrue(rdap.toString().contains("\"eventDate\":\"2026-11-26T12:00:00Z\""), rdap.toString());
    }

    @Test
    void p10_withConsentTheRegistrantIsPublishedAndNothingRedacted() {
        JsonObject rdap = RdapDocument.of(record("com", HolderKind.NATURAL_PERSON, true), BASE);
        JsonArray card = card(rdap, "registrant");
        assertEquals("\"Jan Jansen\"", prop(card, "fn"));
        assertEquals("\"jan@jansenfotografie.com\"", prop(card, "email"));
        assertFalse(rdap.containsKey("redacted"));
        assertEquals(1, rdap.getJsonArray("rdapConformance").size());
        assertTrue(WhoisText.of(record("com", HolderKind.NATURAL_PERSON, true))
                .contains("Registrant Street: Lindengracht 112"));
    }

    @Test
    void p10_nlOrganisationShowsItsNameButNotItsContactPersonOrPhone() {
        JsonObject rdap = RdapDocument.of(record("nl", HolderKind.ORGANISATION, false), BASE);
        JsonArray card = card(rdap, "registrant");
        assertEquals("\"\"", prop(card, "fn"), "the contact person at the business is a person SIDN does not publish");
        assertTrue(rdap.getJsonArray("redacted").stream()
                .anyMatch(v -> "Registrant Name"
                        .equals(v.asJsonObject().getJsonObject("name").getString("type", null))));
        assertEquals("\"Jansen Fotografie\"", prop(card, "org"));
        assertEquals(null, prop(card, "tel"));
        assertTrue(rdap.getJsonArray("redacted").stream()
                .anyMatch(v -> "Registrant Phone"
                        .equals(v.asJsonObject().getJsonObject("name").getString("type", null))));
    }

    @Test
    void p10_everyAnswerLinksToItself_andAnIdnCarriesItsUnicodeName() {
        JsonObject ascii = RdapDocument.of(record("com", HolderKind.NATURAL_PERSON, false), BASE);
        JsonObject self = ascii.getJsonArray("links").getJsonObject(0);
        assertEquals("self", self.getString("rel"));
        assertEquals(BASE + "/domain/jansenfotografie.com", self.getString("href"));
        assertEquals("application/rdap+json", self.getString("type"));
        assertFalse(ascii.containsKey("unicodeName"), "only for names with U-labels");

        PublicRecord r = record("de", HolderKind.NATURAL_PERSON, false);
        PublicRecord idn = new PublicRecord(
                r.domainId(),
                "xn--strae-oqa.de",
                "de",
                r.registry(),
                r.policySource(),
                r.policySourceNl(),
                r.registeredOn(),
                r.expiresOn(),
                r.asOf(),
                r.contacts());
        JsonObject rdap = RdapDocument.of(idn, BASE);
        assertEquals("xn--strae-oqa.de", rdap.getString("ldhName"));
        assertEquals("straße.de", rdap.getString("unicodeName"));
        assertEquals(
                BASE + "/domain/xn--strae-oqa.de",
                rdap.getJsonArray("links").getJsonObject(0).getString("href"));
        assertEquals("straße.de", idn.unicodeName());
    }

    @Test
    void p10_unknownDomainIsAnRdapError() {
        JsonObject error = RdapDocument.notFound(nl.provalue.privacy.domain.registration.IdnaName.parse("example.nl"));
        assertEquals(404, error.getInt("errorCode"));
        assertEquals("Not Found", error.getString("title"));
    }
}
