package nl.provalue.privacy.web;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** RFC 9457 problem details written by servlets and filters (the API's own go through its exception mappers). */
public final class Problems {

    private Problems() {}

    /** The standard title of an HTTP status, for errors the container raised (RFC 9110 §15). */
    public static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }

    public static void send(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        jakarta.json.JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        response.getWriter().write(body.build().toString());
    }
}
