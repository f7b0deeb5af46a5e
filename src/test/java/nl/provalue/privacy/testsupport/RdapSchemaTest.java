package nl.provalue.privacy.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The RDAP response schema: it takes a realistic domain answer, an error and a help answer, and
 * refuses documents that break RFC 9083, RFC 7095 (jCard) or RFC 9537. Each refusal is checked for
 * a violation at the place that was broken, so a schema that accepts everything fails every one.
 */
class RdapSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * An IDN domain with two name servers and a DS record; a registrant whose name, street, postal
     * code, phone and e-mail are redacted in each of the four ways of RFC 9537; the registrar with an
     * abuse contact; notices, links (one self) and events.
     */
    static final String DOMAIN = """
            {
              "rdapConformance": ["rdap_level_0", "redacted"],
              "objectClassName": "domain",
              "handle": "PV-D7",
              "ldhName": "xn--bcher-kva.nl",
              "unicodeName": "bücher.nl",
              "lang": "nl",
              "status": ["active", "client transfer prohibited"],
              "port43": "whois.provalue.nl",
              "links": [
                {
                  "value": "https://rdap.provalue.nl/domain/xn--bcher-kva.nl",
                  "rel": "self",
                  "href": "https://rdap.provalue.nl/domain/xn--bcher-kva.nl",
                  "type": "application/rdap+json"
                },
                {
                  "value": "https://rdap.provalue.nl/domain/xn--bcher-kva.nl",
                  "rel": "related",
                  "href": "https://rdap.registry.example/domain/xn--bcher-kva.nl",
                  "hreflang": ["nl", "en"],
                  "type": "application/rdap+json"
                }
              ],
              "events": [
                { "eventAction": "registration", "eventDate": "2021-04-21T00:00:00Z" },
                { "eventAction": "expiration", "eventDate": "2027-04-21T00:00:00Z" },
                { "eventAction": "last changed", "eventActor": "PROVALUE-REGISTRAR", "eventDate": "2025-11-03T09:14:27+01:00" },
                { "eventAction": "last update of RDAP database", "eventDate": "2026-11-26T12:00:00.123Z" }
              ],
              "nameservers": [
                {
                  "objectClassName": "nameserver",
                  "ldhName": "ns1.provalue.nl",
                  "ipAddresses": { "v4": ["192.0.2.53"], "v6": ["2001:db8::53"] }
                },
                { "objectClassName": "nameserver", "ldhName": "NS2.provalue.nl." }
              ],
              "secureDNS": {
                "delegationSigned": true,
                "dsData": [
                  {
                    "keyTag": 12345,
                    "algorithm": 13,
                    "digestType": 2,
                    "digest": "0A6D6BDB66D232C0AD9C958B01967925FA9160F207B1CCA39300A90A4711CD76"
                  }
                ]
              },
              "entities": [
                {
                  "objectClassName": "entity",
                  "handle": "PV-C3",
                  "roles": ["registrant"],
                  "vcardArray": ["vcard", [
                    ["version", {}, "text", "4.0"],
                    ["fn", {}, "text", ""],
                    ["kind", {}, "text", "individual"],
                    ["adr", { "cc": "NL" }, "text", ["", "", "", "Amsterdam", "", "1015", "Netherlands"]],
                    ["contact-uri", {}, "uri", "https://www.provalue.nl/contact/PV-C3"]
                  ]]
                },
                {
                  "objectClassName": "entity",
                  "handle": "PROVALUE-REGISTRAR",
                  "roles": ["registrar"],
                  "publicIds": [{ "type": "Chamber of Commerce", "identifier": "30123456" }],
                  "vcardArray": ["vcard", [
                    ["version", {}, "text", "4.0"],
                    ["fn", {}, "text", "Provalue B.V."],
                    ["kind", {}, "text", "org"],
                    ["adr", { "cc": "NL" }, "text", ["", "", "Catharijnesingel 12", "Utrecht", "", "3511 GB", "Netherlands"]],
                    ["tel", { "type": ["voice", "work"], "pref": "1" }, "uri", "tel:+31-30-123-4567"],
                    ["email", {}, "text", "registrar@provalue.nl"]
                  ]],
                  "links": [
                    {
                      "value": "https://rdap.provalue.nl/domain/xn--bcher-kva.nl",
                      "rel": "about",
                      "href": "https://www.provalue.nl/",
                      "type": "text/html"
                    }
                  ],
                  "entities": [
                    {
                      "objectClassName": "entity",
                      "roles": ["abuse"],
                      "vcardArray": ["vcard", [
                        ["version", {}, "text", "4.0"],
                        ["fn", {}, "text", "Provalue abuse desk"],
                        ["tel", { "type": "voice" }, "uri", "tel:+31-30-123-4599"],
                        ["email", {}, "text", "abuse@provalue.nl"]
                      ]]
                    }
                  ]
                }
              ],
              "notices": [
                {
                  "title": "Terms of Use",
                  "description": ["Registration data of domain names registered through Provalue B.V."],
                  "links": [
                    {
                      "value": "https://rdap.provalue.nl/domain/xn--bcher-kva.nl",
                      "rel": "terms-of-service",
                      "href": "https://www.provalue.nl/voorwaarden",
                      "type": "text/html"
                    }
                  ]
                },
                {
                  "title": "Redacted registration data",
                  "description": ["Fields that are not published are listed under \\"redacted\\" (RFC 9537)."]
                }
              ],
              "redacted": [
                {
                  "name": { "type": "Registrant Name" },
                  "postPath": "$.entities[?(@.roles[0]=='registrant')].vcardArray[1][?(@[0]=='fn')][3]",
                  "pathLang": "jsonpath",
                  "method": "emptyValue",
                  "reason": { "description": "The holder has not consented to publication" }
                },
                {
                  "name": { "type": "Registrant Street" },
                  "postPath": "$.entities[?(@.roles[0]=='registrant')].vcardArray[1][?(@[0]=='adr')][3][2]",
                  "method": "emptyValue"
                },
                {
                  "name": { "description": "Registrant Postal Code" },
                  "postPath": "$.entities[?(@.roles[0]=='registrant')].vcardArray[1][?(@[0]=='adr')][3][5]",
                  "pathLang": "jsonpath",
                  "method": "partialValue",
                  "reason": { "type": "Server policy" }
                },
                {
                  "name": { "type": "Registrant Phone" },
                  "prePath": "$.entities[?(@.roles[0]=='registrant')].vcardArray[1][?(@[0]=='tel')]",
                  "method": "removal"
                },
                {
                  "name": { "type": "Registrant Email" },
                  "prePath": "$.entities[?(@.roles[0]=='registrant')].vcardArray[1][?(@[0]=='email')]",
                  "replacementPath": "$.entities[?(@.roles[0]=='registrant')].vcardArray[1][?(@[0]=='contact-uri')]",
                  "pathLang": "jsonpath",
                  "method": "replacementValue",
                  "reason": { "description": "The holder has not consented to publication" }
                }
              ]
            }
            """;

    static final String ERROR = """
            {
              "rdapConformance": ["rdap_level_0"],
              "errorCode": 404,
              "title": "Not Found",
              "description": ["No domain jansenfotografie.nl is registered through Provalue."],
              "lang": "en"
            }
            """;

    static final String HELP = """
            {
              "rdapConformance": ["rdap_level_0", "redacted"],
              "notices": [
                {
                  "title": "Provalue RDAP service",
                  "description": [
                    "Look up domain names registered through Provalue at /domain/<name>.",
                    "Fields that are not published are listed under \\"redacted\\" (RFC 9537)."
                  ],
                  "links": [
                    {
                      "value": "https://rdap.provalue.nl/help",
                      "rel": "alternate",
                      "href": "https://www.provalue.nl/rdap",
                      "type": "text/html"
                    }
                  ]
                }
              ]
            }
            """;

    // --- accepted ---

    @Test
    void acceptsADomainResponse() {
        RdapSchema.assertValid(DOMAIN);
    }

    @Test
    void acceptsAnErrorResponse() {
        RdapSchema.assertValid(ERROR);
    }

    @Test
    void acceptsAnErrorResponseWithTheErrorCodeAlone() {
        // RFC 9083 §6: title and description are optional.
        RdapSchema.assertValid("{\"rdapConformance\":[\"rdap_level_0\"],\"errorCode\":503}");
    }

    @Test
    void acceptsAHelpResponse() {
        RdapSchema.assertValid(HELP);
    }

    @Test
    void acceptsExtensionMembersAtTheTopLevel() {
        // RFC 9083 §2.1: servers may add members; prefixed with an extension identifier.
        RdapSchema.assertValid(changed(DOMAIN, d -> d.put("provalue_holderKind", "natural person")));
    }

    @Test
    void assertValidListsTheViolationsAndTheDocument() {
        String broken = changed(DOMAIN, d -> d.remove("rdapConformance"));
        AssertionError e = assertThrows(AssertionError.class, () -> RdapSchema.assertValid(broken));
        assertTrue(e.getMessage().contains("rdapConformance"), e.getMessage());
        assertTrue(e.getMessage().contains("xn--bcher-kva.nl"), e.getMessage());
    }

    @Test
    void aDocumentFitsAtMostOneOfTheThreeKinds() {
        // The top level dispatches on errorCode and objectClassName; this checks that the kinds
        // also exclude each other on their own, so the dispatch accepts what oneOf would.
        List<JsonSchema> kinds = Stream.of("domainResponse", "errorResponse", "helpResponse")
                .map(RdapSchemaTest::kind)
                .toList();
        assertEquals(List.of(true, false, false), fits(kinds, DOMAIN));
        assertEquals(List.of(false, true, false), fits(kinds, ERROR));
        assertEquals(List.of(false, false, true), fits(kinds, HELP));
        assertEquals(List.of(false, false, false), fits(kinds, changed(DOMAIN, d -> d.put("errorCode", 404))));
        assertEquals(List.of(false, false, false), fits(kinds, changed(DOMAIN, d -> d.remove("objectClassName"))));
        // Only domain lookups are modelled: an entity as the topmost object is none of the three.
        assertEquals(List.of(false, false, false), fits(kinds, changed(HELP, d -> d.put("objectClassName", "entity"))));
    }

    @Test
    void violationsReportsWhatIsNotJsonWithoutConsultingTheSchema() {
        // Cut short, a member given twice, or trailing content: the helper's parser refuses these.
        assertRefused("{\"rdapConformance\": [\"rdap_level_0\"], \"errorCode\": 404", "not a JSON document");
        assertRefused(
                "{\"errorCode\": 404, \"errorCode\": 500, \"rdapConformance\": [\"rdap_level_0\"]}",
                "not a JSON document");
        assertRefused(ERROR + " {}", "not a JSON document");
    }

    // --- refused: the cases the schema exists for ---

    @Test
    void refusesADomainResponseWithoutRdapConformance() {
        assertRefused(changed(DOMAIN, d -> d.remove("rdapConformance")), "required property 'rdapConformance'");
    }

    @Test
    void refusesAnErrorResponseWithoutRdapConformance() {
        assertRefused(changed(ERROR, d -> d.remove("rdapConformance")), "required property 'rdapConformance'");
    }

    @Test
    void refusesAnErrorCodeGivenAsAString() {
        assertRefused(changed(ERROR, d -> d.put("errorCode", "404")), "$.errorCode: string found, integer expected");
    }

    @Test
    void refusesAVcardArrayThatDoesNotStartWithVcard() {
        assertRefused(
                changed(DOMAIN, d -> card(d, 1).set(0, TextNode.valueOf("vCard"))),
                "$.entities[1].vcardArray[0]: must be the constant value 'vcard'");
    }

    @Test
    void refusesAJCardPropertyWithFewerThanFourElements() {
        // ["email", {}, "text"]: the value is missing.
        assertRefused(
                changed(DOMAIN, d -> ((ArrayNode) card(d, 1).get(1).get(5)).remove(3)),
                "$.entities[1].vcardArray[1][5]: must have at least 4 items but found 3");
    }

    @Test
    void refusesAnEventDateThatIsNotADateTime() {
        assertRefused(
                changed(DOMAIN, d -> ((ObjectNode) d.get("events").get(0)).put("eventDate", "2021-04-21")),
                "$.events[0].eventDate: does not match the date-time pattern");
    }

    @Test
    void refusesARedactionMethodOutsideTheFourOfRfc9537() {
        assertRefused(
                changed(DOMAIN, d -> ((ObjectNode) d.get("redacted").get(0)).put("method", "masked")),
                "$.redacted[0].method: does not have a value in the enumeration");
    }

    @Test
    void refusesADomainObjectWithoutObjectClassName() {
        assertRefused(changed(DOMAIN, d -> d.remove("objectClassName")), "required property 'objectClassName'");
    }

    // --- refused: more of what the RFCs require ---

    @Test
    void refusesRdapConformanceWithoutRdapLevel0() {
        assertRefused(
                changed(HELP, d -> d.putArray("rdapConformance").add("redacted")),
                "$.rdapConformance: must contain at least 1 element(s) that passes these validations: {\"const\":\"rdap_level_0\"}");
    }

    @Test
    void refusesRedactionsWithoutTheRedactedConformance() {
        // RFC 9537 §4.1
        assertRefused(
                changed(DOMAIN, d -> d.putArray("rdapConformance").add("rdap_level_0")),
                "$.rdapConformance: must contain at least 1 element(s) that passes these validations: {\"const\":\"redacted\"}");
    }

    @Test
    void refusesARedactionWithANameThatHasNeitherTypeNorDescription() {
        assertRefused(
                changed(DOMAIN, d -> ((ObjectNode) d.get("redacted").get(0)).putObject("name")),
                "$.redacted[0].name: required property 'type'");
    }

    @Test
    void refusesAnObjectThatIsBothADomainAndAnError() {
        assertRefused(
                changed(DOMAIN, d -> d.put("errorCode", 404)),
                "$.objectClassName: schema for 'objectClassName' is false");
    }

    @Test
    void refusesAnErrorCodeThatIsNotAnHttpError() {
        assertRefused(changed(ERROR, d -> d.put("errorCode", 200)), "$.errorCode: must have a minimum value of 400");
    }

    @Test
    void refusesAStatusOutsideTheRegistry() {
        // "ok" is the EPP status; RDAP says "active" (RFC 8056 §2).
        assertRefused(
                changed(DOMAIN, d -> d.putArray("status").add("ok")),
                "$.status[0]: does not have a value in the enumeration");
    }

    @Test
    void refusesARoleOutsideTheRegistry() {
        assertRefused(
                changed(
                        DOMAIN,
                        d -> ((ObjectNode) d.get("entities").get(0))
                                .putArray("roles")
                                .add("holder")),
                "$.entities[0].roles[0]: does not have a value in the enumeration");
    }

    @Test
    void refusesAnLdhNameThatIsNotInLdhForm() {
        assertRefused(
                changed(DOMAIN, d -> d.put("ldhName", "bücher.nl")), "$.ldhName: does not match the regex pattern");
        assertRefused(
                changed(DOMAIN, d -> d.put("ldhName", "my_shop.nl")), "$.ldhName: does not match the regex pattern");
        assertRefused(
                changed(DOMAIN, d -> d.put("ldhName", "-shop.nl")), "$.ldhName: does not match the regex pattern");
        assertRefused(
                changed(DOMAIN, d -> d.put("ldhName", "ab--cd.nl")), "$.ldhName: does not match the regex pattern");
    }

    @Test
    void refusesALinkWithoutHrefOrWithAnHrefThatIsNoUri() {
        assertRefused(
                changed(DOMAIN, d -> ((ObjectNode) d.get("links").get(0)).remove("href")),
                "$.links[0]: required property 'href'");
        assertRefused(
                changed(DOMAIN, d -> ((ObjectNode) d.get("links").get(0)).put("href", "/domain/xn--bcher-kva.nl")),
                "$.links[0].href: does not match the uri pattern");
    }

    @Test
    void refusesANoticeWithoutDescription() {
        assertRefused(
                changed(HELP, d -> ((ObjectNode) d.get("notices").get(0)).remove("description")),
                "$.notices[0]: required property 'description'");
    }

    @Test
    void refusesAJCardWithAnUppercasePropertyNameOrWithoutVersion() {
        assertRefused(
                changed(DOMAIN, d -> ((ArrayNode) card(d, 1).get(1).get(1)).set(0, TextNode.valueOf("FN"))),
                "$.entities[1].vcardArray[1][1][0]: does not match the regex pattern");
        assertRefused(
                changed(DOMAIN, d -> ((ArrayNode) card(d, 1).get(1)).remove(0)),
                "$.entities[1].vcardArray[1]: must contain at least 1 element(s) that passes these validations: {\"type\":\"array\",\"minItems\":1,\"prefixItems\":[{\"const\":\"version\"}]}");
    }

    @Test
    void refusesNoticesInsideAnEntity() {
        // RFC 9083 §4.3: notices belong to the topmost object.
        assertRefused(
                changed(DOMAIN, d -> ((ObjectNode) d.get("entities").get(0)).set("notices", d.get("notices"))),
                "$.entities[0].notices: schema for 'notices' is false");
    }

    // --- helpers ---

    /** The document with one change made to it. */
    private static String changed(String json, Consumer<ObjectNode> change) {
        ObjectNode document = readTree(json);
        change.accept(document);
        return document.toString();
    }

    /** The vcardArray of the i-th entity. */
    private static ArrayNode card(ObjectNode domain, int i) {
        return (ArrayNode) domain.get("entities").get(i).get("vcardArray");
    }

    /** One of the response kinds of the schema on its own, with formats asserted as RdapSchema does. */
    private static JsonSchema kind(String name) {
        SchemaValidatorsConfig config =
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("classpath:" + RdapSchema.RESOURCE + "#/$defs/" + name), config);
    }

    private static List<Boolean> fits(List<JsonSchema> kinds, String json) {
        return kinds.stream().map(k -> k.validate(readTree(json)).isEmpty()).toList();
    }

    private static ObjectNode readTree(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Refused, and for the expected reason: some violation says {@code expected}. */
    private static void assertRefused(String json, String expected) {
        List<String> found = RdapSchema.violations(json);
        assertFalse(found.isEmpty(), () -> "accepted, though it should not be:\n" + json);
        assertTrue(
                found.stream().anyMatch(v -> v.contains(expected)),
                () -> "no violation says \"" + expected + "\"; found:\n  " + String.join("\n  ", found));
    }
}
