package nl.provalue.privacy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import javax.net.ssl.SSLSocket;
import nl.provalue.privacy.testsupport.PortalDeployment;
import nl.provalue.privacy.testsupport.TestTls;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Request lines and headers have limits with an answer: a long address with cookies is served
 * (or refused) at once, an oversized header or too many headers are refused with a 4xx and the
 * connection closed, never left hanging until the read timeout. (Deployed like the other tests, so
 * that the server runs whichever test comes first, and again when a failed test is run once more.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequestLimitsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.withTestClasses();
    }

    /** Far below the server's read timeout: a request that waits this long was left hanging. */
    private static final int ANSWER_WITHIN_MS = 15_000;

    private static String exchange(String head) throws IOException {
        try (SSLSocket socket =
                (SSLSocket) TestTls.trustingContext().getSocketFactory().createSocket()) {
            // Room for the whole request at once: the server may refuse it after its first
            // kilobytes, and a client still waiting to send the rest would see a broken pipe.
            socket.setSendBufferSize(256 * 1024);
            socket.connect(new InetSocketAddress("127.0.0.1", TestTls.httpsPort()), ANSWER_WITHIN_MS);
            socket.setSoTimeout(ANSWER_WITHIN_MS);
            socket.startHandshake();
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException refusedWhileSending) {
                // The server answered and closed before the whole request was sent; its answer may
                // still be there to read.
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                int n;
                while ((n = in.read(buffer)) > 0 && answer.size() < 64_000) {
                    answer.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException e) {
                if (answer.size() == 0) {
                    throw new AssertionError("no answer within " + ANSWER_WITHIN_MS + " ms");
                }
            } catch (IOException closed) {
                // The server may close the connection right after refusing.
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static int status(String answer) {
        assertTrue(answer.startsWith("HTTP/1.1 "), answer.length() > 200 ? answer.substring(0, 200) : answer);
        return Integer.parseInt(answer.substring(9, 12));
    }

    private static String request(String target, String... headers) {
        StringBuilder head = new StringBuilder("GET ")
                .append(target)
                .append(" HTTP/1.1\r\nHost: 127.0.0.1:")
                .append(TestTls.httpsPort())
                .append("\r\n");
        for (String h : headers) {
            head.append(h).append("\r\n");
        }
        return head.append("Connection: close\r\n\r\n").toString();
    }

    @Test
    void aNineKilobyteAddressWithCookiesIsAnsweredAtOnce() throws IOException {
        String answer = exchange(request(
                "/login.xhtml?q=" + "a".repeat(9 * 1024),
                "Cookie: JSESSIONID=0000abc; voorkeur=" + "b".repeat(4 * 1024)));
        int status = status(answer);
        assertEquals(200, status, "the sign-in page is served");
        assertTrue(answer.contains("<form"), "with its form");
        // (The page names ViewExpiredException in PrimeFaces' settings, its error page for an expired
        // form; a stack trace would show an exception with its message, or a frame.)
        assertFalse(
                Pattern.compile("\\w+Exception: |\\bat (nl|java|jakarta|org)\\.|Caused by")
                        .matcher(answer)
                        .find(),
                answer);
    }

    @Test
    void anOversizedHeaderIsRefused() throws IOException {
        int status = status(exchange(request("/login.xhtml", "Cookie: x=" + "c".repeat(24 * 1024))));
        assertTrue(status >= 400 && status < 500, "refused: " + status);
    }

    @Test
    void tooManyHeadersAreRefused() throws IOException {
        String[] headers = new String[150];
        for (int i = 0; i < headers.length; i++) {
            headers[i] = "X-Kop-" + i + ": " + i;
        }
        int status = status(exchange(request("/login.xhtml", headers)));
        assertTrue(status >= 400 && status < 500, "refused: " + status);
    }

    @Test
    void anOversizedAddressIsRefused() throws IOException {
        int status = status(exchange(request("/login.xhtml?q=" + "d".repeat(24 * 1024))));
        assertTrue(status >= 400 && status < 500, "refused: " + status);
    }
}
