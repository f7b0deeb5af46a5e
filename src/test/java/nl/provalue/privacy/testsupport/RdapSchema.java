package nl.provalue.privacy.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks a JSON document against {@code rdap/rdap-response.schema.json}: an RDAP domain, error or
 * help response as RFC 9083 describes them, with the {@code redacted} member of RFC 9537. The
 * schema is loaded once; formats (date-time, uri, ipv4, ipv6) are asserted, not just annotated.
 */
public final class RdapSchema {

    public static final String RESOURCE = "rdap/rdap-response.schema.json";

    /** Duplicate member names and anything after the document count as errors, not as data. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final JsonSchema SCHEMA = load();

    private RdapSchema() {}

    private static JsonSchema load() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                // Draft 2020-12 treats "format" as an annotation unless told otherwise.
                .formatAssertionsEnabled(true)
                // Instance locations as $.entities[0].vcardArray[1] in the messages.
                .pathType(PathType.JSON_PATH)
                .build();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("classpath:" + RESOURCE), config);
        // Resolves every $ref now, so a broken schema fails here rather than in the first check.
        schema.initializeValidators();
        return schema;
    }

    /**
     * What is wrong with the document, one readable line per violation: where in the document, what
     * is wrong, and which part of the schema says so. Empty when the document is a valid response.
     */
    public static List<String> violations(String json) {
        JsonNode document;
        try {
            document = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return List.of("not a JSON document: " + e.getOriginalMessage());
        }
        if (document == null || document.isMissingNode()) {
            return List.of("not a JSON document: empty");
        }
        Set<ValidationMessage> messages = SCHEMA.validate(document);
        List<String> lines = new ArrayList<>(messages.size());
        for (ValidationMessage m : messages) {
            lines.add(m.getMessage() + "  (schema " + m.getSchemaLocation().getFragment() + ")");
        }
        return lines;
    }

    /** Fails with every violation and the document itself unless the document is a valid response. */
    public static void assertValid(String json) {
        List<String> found = violations(json);
        if (!found.isEmpty()) {
            throw new AssertionError("Not a valid RDAP response (" + RESOURCE + "), " + found.size()
                    + " violation(s):\n  " + String.join("\n  ", found) + "\nDocument:\n" + json);
        }
    }
}
