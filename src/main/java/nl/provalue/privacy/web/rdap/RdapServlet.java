package nl.provalue.privacy.web.rdap;

import java.io.IOException;
import java.net.IDN;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.provalue.privacy.application.registration.PublicRecord;
import nl.provalue.privacy.application.registration.RdapDocument;
import nl.provalue.privacy.application.registration.WhoisExposureService;

/**
 * P10: the public RDAP service for the provider's domains, without login:
 * {@code GET /rdap/domain/{name}} answers {@code application/rdap+json}; an unknown domain
 * answers 404 in RDAP's error format.
 */
@WebServlet("/rdap/*")
public class RdapServlet extends HttpServlet {

    private static final JsonWriterFactory PRETTY = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    @Inject
    WhoisExposureService whois;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (!path.startsWith("/domain/") || path.length() <= "/domain/".length()) {
            write(response, 400, Json.createObjectBuilder()
                    .add("rdapConformance", Json.createArrayBuilder().add("rdap_level_0"))
                    .add("errorCode", 400).add("title", "Bad Request")
                    .add("description", Json.createArrayBuilder().add("Only /rdap/domain/{name} is served here."))
                    .build());
            return;
        }
        String name = path.substring("/domain/".length());
        Optional<PublicRecord> record;
        try {
            name = IDN.toASCII(name.endsWith(".") ? name.substring(0, name.length() - 1) : name).toLowerCase(Locale.ROOT);
            record = whois.publicRecord(name);
        } catch (IllegalArgumentException e) {
            record = Optional.empty();
        }
        if (record.isEmpty()) {
            write(response, 404, RdapDocument.notFound(name));
            return;
        }
        write(response, 200, RdapDocument.of(record.get()));
    }

    private static void write(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setContentType(RdapDocument.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Access-Control-Allow-Origin", "*");
        try (var writer = PRETTY.createWriter(response.getWriter())) {
            writer.write(body);
        }
    }
}
