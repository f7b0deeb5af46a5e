package nl.provalue.privacy.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * Gives the portal's own Faces resources (css/portal.css, js/upload-limit.js, and any other
 * resource outside PrimeFaces' libraries) a version in their address: {@code v=} and the first
 * 12 hex digits of the SHA-256 of their content. A changed file gets a new address, so browsers
 * may keep every versioned resource for a year without asking again (SecurityHeadersFilter).
 * PrimeFaces versions its own libraries ({@code ln=primefaces…&v=15.0.13}); those are left as they
 * are. Registered in META-INF/faces-config.xml.
 */
public class VersionedResourceHandler extends ResourceHandlerWrapper {

    /** The query parameter that carries a resource's version, as PrimeFaces names it. */
    public static final String VERSION_PARAMETER = "v";

    /** Versions by library and name; resources do not change while the application runs. */
    private final Map<String, String> versions = new ConcurrentHashMap<>();

    public VersionedResourceHandler(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return versioned(super.createResource(resourceName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return versioned(super.createResource(resourceName, libraryName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return versioned(super.createResource(resourceName, libraryName, contentType));
    }

    private Resource versioned(Resource resource) {
        if (resource == null || isPrimeFaces(resource.getLibraryName())) {
            return resource;
        }
        return new Versioned(resource);
    }

    static boolean isPrimeFaces(String libraryName) {
        return libraryName != null && libraryName.startsWith("primefaces");
    }

    /** The request path with {@code v=version} added, unless it carries a version already. */
    static String withVersion(String requestPath, String version) {
        if (requestPath == null || version == null || hasParameter(requestPath, VERSION_PARAMETER)) {
            return requestPath;
        }
        int fragment = requestPath.indexOf('#');
        String path = fragment < 0 ? requestPath : requestPath.substring(0, fragment);
        String rest = fragment < 0 ? "" : requestPath.substring(fragment);
        return path + (path.indexOf('?') < 0 ? '?' : '&') + VERSION_PARAMETER + '=' + version + rest;
    }

    private static boolean hasParameter(String requestPath, String name) {
        int query = requestPath.indexOf('?');
        return query >= 0 && QueryStrings.has(requestPath.substring(query + 1), name);
    }

    /** The first 12 hex digits of the SHA-256 of the content. */
    static String version(InputStream content) throws IOException {
        return DigestUtils.sha256Hex(content).substring(0, 12);
    }

    private String versionOf(Resource resource) {
        String key = resource.getLibraryName() + ':' + resource.getResourceName();
        return versions.computeIfAbsent(key, k -> {
            try (InputStream in = resource.getInputStream()) {
                return in == null ? null : version(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private final class Versioned extends ResourceWrapper {

        Versioned(Resource wrapped) {
            super(wrapped);
        }

        @Override
        public String getRequestPath() {
            return withVersion(super.getRequestPath(), versionOf(getWrapped()));
        }
    }
}
