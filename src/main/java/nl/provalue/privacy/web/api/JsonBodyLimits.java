package nl.provalue.privacy.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Limits of a JSON body, checked before any parser sees it: at most {@link #MAX_BYTES} (413 above),
 * and nested at most {@link #MAX_DEPTH} levels deep (400 above), so that neither a huge body nor a
 * deeply nested one can tie up the server. (Log uploads are not JSON and have their own limit.)
 */
@Provider
public class JsonBodyLimits implements ContainerRequestFilter {

    /** The largest JSON body: room for the longest text field (2,000 characters) many times over. */
    static final int MAX_BYTES = 2 * 1024 * 1024;
    /** The portal's own bodies are flat objects; 32 levels is far more than any needs. */
    static final int MAX_DEPTH = 32;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        MediaType type = request.getMediaType();
        if (type == null
                || !request.hasEntity()
                || !(type.getSubtype().equalsIgnoreCase("json")
                        || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"))) {
            return;
        }
        byte[] body = request.getEntityStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            request.abortWith(ErrorMappers.problem(413, "Content Too Large", "A JSON body has at most 2 MB.", null));
            return;
        }
        if (depth(body) > MAX_DEPTH) {
            request.abortWith(ErrorMappers.error(
                    Response.Status.BAD_REQUEST, "The body is nested more than " + MAX_DEPTH + " levels deep."));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    /** The deepest nesting of objects and arrays, not counting brackets inside strings. */
    static int depth(byte[] json) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        boolean escaped = false;
        for (byte b : json) {
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                deepest = Math.max(deepest, ++depth);
            } else if (b == '}' || b == ']') {
                depth--;
            }
        }
        return deepest;
    }
}
