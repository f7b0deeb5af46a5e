package nl.provalue.privacy.web;

import java.io.IOException;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;

/** RFC 9457 problem details written by servlets and filters (the API's own go through its exception mappers). */
public final class Problems {

    private Problems() {
    }

    public static void send(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        jakarta.json.JsonObjectBuilder body = Json.createObjectBuilder().add("type", "about:blank").add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        response.getWriter().write(body.build().toString());
    }
}
