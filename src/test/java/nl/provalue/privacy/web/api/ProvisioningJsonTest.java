package nl.provalue.privacy.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.provalue.privacy.domain.provisioning.CustomerState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The provisioning API's JSON: the document's example is read as it says, what is written back is
 * described property by property, and what is not the described shape is refused naming the path.
 */
class ProvisioningJsonTest {

    private static OpenAPI api;
    private static final ProvisioningJson.Check NO_RULES = (details, groups) -> Set.of();

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = ProvisioningJsonTest.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            api = new OpenAPIV3Parser()
                    .readContents(new String(in.readAllBytes(), StandardCharsets.UTF_8), null, options)
                    .getOpenAPI();
        }
    }

    private static JsonObject example() throws IOException {
        Object example =
                api.getComponents().getSchemas().get("CustomerStateInput").getExample();
        return Json.createReader(new StringReader(new ObjectMapper().writeValueAsString(example)))
                .readObject();
    }

    @Test
    void theDocumentsExampleIsReadAsItSays() throws IOException {
        CustomerState state = ProvisioningJson.read(example(), NO_RULES);
        assertEquals("Jan Jansen", state.contact().fullName());
        assertEquals("NL", state.contact().countryCode());
        assertEquals("jansenfotografie.nl", state.domains().get(0).name());
        assertEquals(1, state.mailboxes().size());
        assertEquals(107374182400L, state.websites().get(0).trafficLimitBytes());
        // Read, written and read again: the same state.
        JsonObject written = ProvisioningJson.write("PV100231", state);
        assertEquals(
                state,
                ProvisioningJson.read(
                        Json.createObjectBuilder(written)
                                .remove("customerNumber")
                                .build(),
                        NO_RULES));
    }

    @Test
    void everyFieldWrittenIsADescribedProperty() throws IOException {
        JsonObject written = ProvisioningJson.write("PV100231", ProvisioningJson.read(example(), NO_RULES));
        Set<String> undescribed = new TreeSet<>();
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        Set<String> top =
                new TreeSet<>(schemas.get("CustomerStateInput").getProperties().keySet());
        top.add("customerNumber");
        check(written, top, "", undescribed);
        Set<String> contact = schemas.get("ProvisionedContact").getProperties().keySet();
        check(written.getJsonObject("contact"), contact, "contact.", undescribed);
        JsonObject domain = written.getJsonArray("domains").getJsonObject(0);
        check(domain, schemas.get("ProvisionedDomain").getProperties().keySet(), "domains[].", undescribed);
        Set<String> domainContact = new TreeSet<>(contact);
        domainContact.add("holderKind");
        check(domain.getJsonObject("contacts").getJsonObject("registrant"), domainContact, "registrant.", undescribed);
        check(
                written.getJsonArray("mailboxes").getJsonObject(0),
                schemas.get("ProvisionedMailbox").getProperties().keySet(),
                "mailboxes[].",
                undescribed);
        check(
                written.getJsonArray("websites").getJsonObject(0),
                schemas.get("ProvisionedWebsite").getProperties().keySet(),
                "websites[].",
                undescribed);
        assertTrue(undescribed.isEmpty(), undescribed.toString());
    }

    private static void check(JsonObject o, Set<String> described, String at, Set<String> undescribed) {
        o.keySet().stream().filter(k -> !described.contains(k)).forEach(k -> undescribed.add(at + k));
    }

    @Test
    void whatIsNotTheDescribedShapeIsRefusedNamingThePath() throws IOException {
        JsonObject good = example();
        JsonObject domain = good.getJsonArray("domains").getJsonObject(0);
        JsonObject registrant = domain.getJsonObject("contacts").getJsonObject("registrant");
        assertEquals(
                "contact.fulName",
                refused(Json.createObjectBuilder(good)
                        .add(
                                "contact",
                                Json.createObjectBuilder(good.getJsonObject("contact"))
                                        .add("fulName", "x"))
                        .build()));
        assertEquals(
                "domains[0].contacts.registrant.holderKind",
                refused(withDomain(
                        good,
                        Json.createObjectBuilder(domain)
                                .add(
                                        "contacts",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "registrant",
                                                        Json.createObjectBuilder(registrant)
                                                                .add("holderKind", "PERSON")))
                                .build())));
        assertEquals(
                "domains[0].contacts.owner",
                refused(withDomain(
                        good,
                        Json.createObjectBuilder(domain)
                                .add(
                                        "contacts",
                                        Json.createObjectBuilder()
                                                .add("registrant", registrant)
                                                .add("owner", registrant))
                                .build())));
        assertEquals(
                "domains[0].expiresOn",
                refused(withDomain(
                        good,
                        Json.createObjectBuilder(domain)
                                .add("expiresOn", "1-3-2027")
                                .build())));
        assertEquals(
                "domains[0].name",
                refused(withDomain(
                        good, Json.createObjectBuilder(domain).add("name", 42).build())));
        assertEquals(
                "domains[0].contacts.registrant",
                refused(withDomain(
                        good,
                        Json.createObjectBuilder(domain)
                                .add("contacts", JsonValue.EMPTY_JSON_OBJECT)
                                .build())));
        assertEquals(
                "mailboxes[0].protocols",
                refused(Json.createObjectBuilder(good)
                        .add(
                                "mailboxes",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("address", "a@example.nl")
                                                .add(
                                                        "protocols",
                                                        Json.createArrayBuilder()
                                                                .add("IMAP")
                                                                .add("IMAP"))))
                        .build()));
        assertEquals(
                "websites[0].trafficLimitBytes",
                refused(Json.createObjectBuilder(good)
                        .add(
                                "websites",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("hostname", "www.example.nl")
                                                .add("plan", "Basis")
                                                .add("trafficLimitBytes", 1.5)))
                        .build()));
        assertEquals(
                "websites[1]",
                refused(Json.createObjectBuilder(good)
                        .add(
                                "websites",
                                Json.createArrayBuilder()
                                        .add(good.getJsonArray("websites").get(0))
                                        .add(good.getJsonArray("websites").get(0)))
                        .build()));
        assertEquals(
                "language",
                refused(Json.createObjectBuilder(good).add("language", "fr").build()));
        assertEquals("body", refused(JsonValue.EMPTY_JSON_ARRAY));
    }

    @Test
    void p8_theContractsLastDayIsReadAsADayOrRefused() throws IOException {
        JsonObject good = example();
        CustomerState ends = ProvisioningJson.read(
                Json.createObjectBuilder(good).add("contractEnd", "2027-01-31").build(), NO_RULES);
        assertEquals(java.time.LocalDate.of(2027, 1, 31), ends.contractEnd());
        assertEquals("2027-01-31", ProvisioningJson.write("PV100231", ends).getString("contractEnd"));
        assertEquals(
                null,
                ProvisioningJson.read(
                                Json.createObjectBuilder(good)
                                        .addNull("contractEnd")
                                        .build(),
                                NO_RULES)
                        .contractEnd(),
                "null: the contract runs on");
        assertEquals(
                JsonValue.NULL,
                ProvisioningJson.write("PV100231", ProvisioningJson.read(good, NO_RULES))
                        .get("contractEnd"));
        for (JsonValue bad : List.of(
                Json.createValue("31-01-2027"),
                Json.createValue(""),
                Json.createValue(20270131),
                Json.createValue("2027-02-30"),
                Json.createValue("1999-12-31"),
                Json.createValue("2027-01-31T00:00:00Z"))) {
            assertEquals(
                    "contractEnd",
                    refused(Json.createObjectBuilder(good)
                            .add("contractEnd", bad)
                            .build()),
                    bad.toString());
        }
    }

    @Test
    void aNameGivenTwiceOrALoneSurrogateIsRefusedNotGuessed() {
        JsonFields.BadField twice = assertThrows(
                JsonFields.BadField.class,
                () -> ProvisioningJson.parse(new StringReader("{\"language\":\"nl\",\"language\":\"en\"}")));
        assertEquals("body", twice.field());
        assertTrue(twice.getMessage().contains("twice"), twice.getMessage());
        assertEquals(
                "body",
                assertThrows(
                                JsonFields.BadField.class,
                                () -> ProvisioningJson.parse(new StringReader("{\"language\":")))
                        .field());
        JsonObject lone = Json.createObjectBuilder()
                .add(
                        "contact",
                        Json.createObjectBuilder()
                                .add("fullName", "Jan \ud800")
                                .add("country", "NL")
                                .add("email", "jan@example.nl"))
                .add("language", "nl")
                .build();
        assertEquals("contact.fullName", refused(lone));
        assertTrue(JsonFields.wellFormed("Jan \ud83d\ude00"), "a pair is one character");
        assertFalse(JsonFields.wellFormed("\ude00"));
    }

    private static JsonObject withDomain(JsonObject good, JsonObject domain) {
        JsonArray domains = Json.createArrayBuilder().add(domain).build();
        return Json.createObjectBuilder(good).add("domains", domains).build();
    }

    private static String refused(JsonValue body) {
        return assertThrows(JsonFields.BadField.class, () -> ProvisioningJson.read(body, NO_RULES))
                .field();
    }
}
