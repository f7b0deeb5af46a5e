package nl.provalue.privacy.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A script's view of the portal: logs in through j_security_check and keeps the cookies. */
public final class PortalHttp {

    private static final java.time.Duration TIMEOUT = java.time.Duration.ofSeconds(60);

    private final HttpClient client;
    private final CookieManager cookies = new CookieManager();
    private final URI base;

    public PortalHttp(URL base) {
        Readiness.await(base);
        // HTTP/1.1 as browsers speak it to the portal; timeouts so that a test can fail but never hang.
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .version(HttpClient.Version.HTTP_1_1)
                .sslContext(TestTls.trustingContext())
                .connectTimeout(java.time.Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.base = URI.create(TestTls.https(base).toExternalForm());
    }

    public PortalHttp login(String username, String password) {
        // As a browser does: the login page first, then the form.
        get("/login.xhtml");
        String form = "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> r = send(
                HttpRequest.newBuilder(base.resolve("/j_security_check"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .timeout(TIMEOUT)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 302
                || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login of " + username + " failed: " + r.statusCode() + " "
                    + r.headers().map());
        }
        if (r.headers().firstValue("Location").orElse("").contains("/login-code.xhtml")) {
            // Staff: the code of their authenticator app, as the second step.
            r = postForm("/j_security_check", "j_code=" + StaffCodes.next(username));
            if (r.statusCode() != 302
                    || r.headers().firstValue("Location").orElse("").contains("login")) {
                throw new IllegalStateException("second step of " + username + " failed: " + r.statusCode() + " "
                        + r.headers().map());
            }
        }
        return this;
    }

    /** A form post as a browser's login form sends it. */
    public HttpResponse<String> postForm(String path, String form) {
        return send(
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .timeout(TIMEOUT)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Any request, as built by the test (headers, method, body), with this client's cookies. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request that may take longer than the usual minute (a benchmark's load), with its own timeout. */
    public HttpResponse<String> sendWithin(HttpRequest.Builder request, java.time.Duration timeout) {
        return send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Any request, its answer's body as the bytes that came over the wire. */
    public HttpResponse<byte[]> bytes(HttpRequest.Builder request) {
        return send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The value of a cookie this client holds for the portal. */
    public java.util.Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue)
                .findFirst();
    }

    /** Replaces a cookie, as someone who copied another browser's would. */
    public void setCookie(String name, String value) {
        cookies.getCookieStore().removeAll();
        java.net.HttpCookie cookie = new java.net.HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    public URI uri(String path) {
        return base.resolve(path);
    }

    public HttpResponse<String> get(String path) {
        return send(
                HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A POST with a body; {@code timeout} covers requests that wait for work to finish. */
    public HttpResponse<String> post(String path, String contentType, String body, java.time.Duration timeout) {
        return send(
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(timeout)
                        .header("Content-Type", contentType)
                        .header("X-Requested-With", "portal-tests")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> put(String path, String contentType, String body) {
        return send(
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(TIMEOUT)
                        .header("Content-Type", contentType)
                        .header("X-Requested-With", "portal-tests")
                        .PUT(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<InputStream> stream(String path) {
        return send(
                HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofInputStream());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
