package nl.provalue.privacy.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API's description ({@code META-INF/openapi.yaml}, served at {@code /openapi}) is valid
 * OpenAPI, and it is true to the code: every endpoint of every resource is described and nothing
 * else, and every field of every JSON body and answer is a described property, down to the last
 * nested record, with enums naming exactly the constants the code knows.
 */
class OpenApiDocumentTest {

    private static final String PACKAGE = "nl.provalue.privacy";
    /** The schemas of the document and the Java types whose JSON they describe. */
    private static final Map<String, Class<?>> SCHEMAS = new LinkedHashMap<>();

    static {
        SCHEMAS.put("Profile", nl.provalue.privacy.application.MyDataViews.Profile.class);
        SCHEMAS.put("MailboxView", nl.provalue.privacy.application.mail.MailService.MailboxView.class);
        SCHEMAS.put("MailLogLine", nl.provalue.privacy.application.mail.MailService.MailLogLine.class);
        SCHEMAS.put("RightsRequestView", nl.provalue.privacy.application.rights.RightsRequests.View.class);
        SCHEMAS.put("ImportReport", nl.provalue.privacy.application.importing.ImportReport.class);
        SCHEMAS.put("BackupView", nl.provalue.privacy.application.backup.BackupRegister.BackupView.class);
        SCHEMAS.put("Verification", nl.provalue.privacy.domain.disclosure.HashChain.Verification.class);
        SCHEMAS.put("NewBackup", BackupResource.NewBackup.class);
        SCHEMAS.put("RetentionChange", MeResource.RetentionChange.class);
        SCHEMAS.put("NewRightsRequest", MeResource.NewRightsRequest.class);
    }

    private static OpenAPI api;
    private static List<String> messages;

    @BeforeAll
    static void read() throws IOException {
        String yaml;
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            assertNotNull(in, "META-INF/openapi.yaml is in the application");
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);
        api = result.getOpenAPI();
        messages = result.getMessages() == null ? List.of() : result.getMessages();
    }

    @Test
    void theDocumentIsValidOpenApi() {
        assertNotNull(api, "parsed");
        assertEquals(List.of(), messages, "the parser's findings");
        assertTrue(api.getOpenapi().startsWith("3."), api.getOpenapi());
        assertNotNull(api.getComponents().getSecuritySchemes().get("key"), "the keys of the provider's systems");
        assertNotNull(api.getComponents().getSecuritySchemes().get("session"), "the login of people");
    }

    /** Method and full path of every endpoint in the code, e.g. {@code GET /api/me/mail-log}. */
    private static Set<String> endpointsInCode() {
        Set<String> found = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(PACKAGE + ".web")) {
            if (!type.isAnnotatedWith(Path.class)) {
                continue;
            }
            Class<?> resource = type.reflect();
            String base = "/api/" + strip(resource.getAnnotation(Path.class).value());
            for (Method m : resource.getMethods()) {
                String verb = Arrays.stream(m.getAnnotations())
                        .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                        .filter(java.util.Objects::nonNull)
                        .map(HttpMethod::value)
                        .findFirst()
                        .orElse(null);
                if (verb == null) {
                    continue;
                }
                Path sub = m.getAnnotation(Path.class);
                found.add(verb + " " + (sub == null ? base : base + "/" + strip(sub.value())));
            }
        }
        return found;
    }

    private static String strip(String path) {
        return path.replaceAll("^/+|/+$", "");
    }

    private static Set<String> endpointsDocumented() {
        Set<String> found = new TreeSet<>();
        api.getPaths()
                .forEach((path, item) ->
                        item.readOperationsMap().forEach((verb, op) -> found.add(verb.name() + " " + path)));
        return found;
    }

    @Test
    void everyEndpointIsDescribedAndNothingElse() {
        Set<String> code = endpointsInCode();
        assertTrue(code.size() >= 15, "the resources were found: " + code);
        assertEquals(code, endpointsDocumented());
    }

    @Test
    void everyOperationSaysWhatItDoesWhoMayCallItAndWhatItAnswers() {
        Set<String> ids = new TreeSet<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> e :
                    path.getValue().readOperationsMap().entrySet()) {
                String what = e.getKey() + " " + path.getKey();
                Operation op = e.getValue();
                assertFalse(blank(op.getSummary()), what + ": summary");
                assertFalse(blank(op.getOperationId()), what + ": operationId");
                assertTrue(ids.add(op.getOperationId()), what + ": operationId used twice");
                assertTrue(
                        op.getSecurity() != null && !op.getSecurity().isEmpty()
                                || api.getSecurity() != null
                                        && !api.getSecurity().isEmpty(),
                        what + ": who may call it");
                assertTrue(
                        op.getResponses().keySet().stream().anyMatch(code -> code.startsWith("2")),
                        what + ": a success answer");
                assertTrue(
                        op.getResponses().keySet().stream().anyMatch(code -> code.startsWith("4")),
                        what + ": its refusals");
                if (op.getParameters() != null) {
                    op.getParameters()
                            .forEach(p -> assertFalse(blank(p.getDescription()), what + ": parameter " + p.getName()));
                }
            }
        }
    }

    @Test
    void everyFieldOfEveryBodyAndAnswerIsADescribedProperty() {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Class<?>> e : SCHEMAS.entrySet()) {
            Schema<?> schema = schemas.get(e.getKey());
            if (schema == null) {
                problems.add("no schema " + e.getKey() + " for " + e.getValue().getName());
                continue;
            }
            check(schema, e.getValue(), e.getKey(), problems, new TreeSet<>());
        }
        schemas.forEach((name, schema) -> {
            if (schema.getProperties() != null) {
                schema.getProperties().forEach((property, s) -> {
                    Schema<?> p = (Schema<?>) s;
                    if (p.get$ref() == null && blank(p.getDescription())) {
                        problems.add(name + "." + property + " has no description");
                    }
                });
            }
        });
        assertEquals(List.of(), problems);
    }

    private static void check(Schema<?> schema, Type javaType, String where, List<String> problems, Set<String> seen) {
        schema = resolve(schema);
        Class<?> raw = raw(javaType);
        if (raw == null) {
            return;
        }
        if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
            if (schema.getItems() == null) {
                problems.add(where + " is a list in the code, not in the document");
                return;
            }
            check(
                    schema.getItems(),
                    ((ParameterizedType) javaType).getActualTypeArguments()[0],
                    where + "[]",
                    problems,
                    seen);
            return;
        }
        if (raw.isEnum()) {
            Set<String> constants = Arrays.stream(raw.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> documented = schema.getEnum() == null
                    ? Set.of()
                    : schema.getEnum().stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new));
            if (!constants.equals(documented)) {
                problems.add(where + ": enum " + documented + " in the document, " + constants + " in the code");
            }
            return;
        }
        if (!raw.getName().startsWith(PACKAGE) || !seen.add(where)) {
            return;
        }
        Map<String, Type> fields = fieldsOf(raw);
        Set<String> properties = schema.getProperties() == null
                ? Set.of()
                : new TreeSet<>(schema.getProperties().keySet());
        if (!new TreeSet<>(fields.keySet()).equals(properties)) {
            problems.add(where + ": properties " + properties + " in the document, fields "
                    + new TreeSet<>(fields.keySet()) + " in " + raw.getName());
        }
        for (Map.Entry<String, Type> f : fields.entrySet()) {
            Object property = schema.getProperties() == null
                    ? null
                    : schema.getProperties().get(f.getKey());
            if (property != null) {
                check((Schema<?>) property, f.getValue(), where + "." + f.getKey(), problems, seen);
            }
        }
    }

    /** What JSON-B writes: a record's components, or a class's public instance fields. */
    private static Map<String, Type> fieldsOf(Class<?> type) {
        Map<String, Type> fields = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                fields.put(c.getName(), c.getGenericType());
            }
        } else {
            for (Field f : type.getFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    fields.put(f.getName(), f.getGenericType());
                }
            }
        }
        return fields;
    }

    private static Schema<?> resolve(Schema<?> schema) {
        String ref = schema.get$ref();
        if (ref == null) {
            return schema;
        }
        return api.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
