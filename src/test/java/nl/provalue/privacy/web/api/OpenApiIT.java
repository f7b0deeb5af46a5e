package nl.provalue.privacy.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.provalue.privacy.testsupport.PortalDeployment;
import nl.provalue.privacy.testsupport.PortalHttp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The running portal serves its API's description at /openapi, without login, and a page to read it at /openapi/ui. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.withTestClasses();
    }

    @ArquillianResource
    URL base;

    @Test
    void theDescriptionIsServedAsWrittenAndCanBeRead() {
        PortalHttp anyone = new PortalHttp(base);
        HttpResponse<String> json = anyone.send(HttpRequest.newBuilder(anyone.uri("/openapi?format=JSON")));
        assertEquals(200, json.statusCode());
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(json.body());
        OpenAPI api = parsed.getOpenAPI();
        assertTrue(
                parsed.getMessages() == null || parsed.getMessages().isEmpty(), String.valueOf(parsed.getMessages()));
        assertTrue(
                api.getPaths().containsKey("/api/me/mail-log"),
                api.getPaths().keySet().toString());
        assertTrue(api.getPaths().containsKey("/api/staff/import/postfix"));
        assertTrue(api.getComponents().getSchemas().containsKey("ImportReport"));
        assertTrue(api.getComponents().getSecuritySchemes().containsKey("key"));

        HttpResponse<String> yaml = anyone.get("/openapi");
        assertEquals(200, yaml.statusCode());
        assertTrue(yaml.body().contains("/api/staff/backups"));

        HttpResponse<String> ui = anyone.get("/openapi/ui/");
        assertEquals(200, ui.statusCode(), ui.headers().map().toString());
        assertTrue(ui.body().toLowerCase(java.util.Locale.ROOT).contains("<html"), "a page");
    }
}
