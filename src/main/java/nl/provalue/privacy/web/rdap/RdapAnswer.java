package nl.provalue.privacy.web.rdap;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.provalue.privacy.application.registration.RdapDocument;

/**
 * Writes an RDAP answer: {@code application/rdap+json} in UTF-8, its length counted in bytes
 * (a length counted in characters cuts off every answer with an accent or an emoji), and the CORS
 * header RFC 7480 §5.6 asks for on every answer.
 */
public final class RdapAnswer {

    private static final JsonWriterFactory PRETTY =
            Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private RdapAnswer() {}

    static void corsHeaders(HttpServletResponse response) {
        response.setHeader("Access-Control-Allow-Origin", "*");
    }

    static void send(HttpServletResponse response, int status, JsonObject body, boolean withBody) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try (var writer = PRETTY.createWriter(out, StandardCharsets.UTF_8)) {
            writer.write(body);
        }
        byte[] bytes = out.toByteArray();
        response.resetBuffer();
        response.setStatus(status);
        corsHeaders(response);
        // No charset parameter: application/rdap+json is JSON, which is UTF-8 (RFC 8259 §8.1).
        response.setContentType(RdapDocument.MEDIA_TYPE);
        response.setContentLength(bytes.length);
        if (withBody) {
            response.getOutputStream().write(bytes);
        }
        response.flushBuffer();
    }

    /** Where this service is reached, for its self links: scheme, host, port and context path. */
    public static String baseUrl(HttpServletRequest request) {
        StringBuilder b =
                new StringBuilder().append(request.getScheme()).append("://").append(request.getServerName());
        int port = request.getServerPort();
        boolean defaultPort = ("https".equals(request.getScheme()) && port == 443)
                || ("http".equals(request.getScheme()) && port == 80);
        if (!defaultPort) {
            b.append(':').append(port);
        }
        return b.append(request.getContextPath()).append("/rdap").toString();
    }
}
