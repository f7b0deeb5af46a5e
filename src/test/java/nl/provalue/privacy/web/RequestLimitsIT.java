package nl.provalue.privacy.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLSocket;
import nl.provalue.privacy.testsupport.TestTls;
import org.junit.jupiter.api.Test;

/**
 * Request lines and headers have limits with an answer: a long address with cookies is served
 * (or refused) at once, an oversized header or too many headers are refused with a 4xx and the
 * connection closed, never left hanging until the read timeout.
 */
class RequestLimitsIT {

    /** Far below the server's read timeout: a request that waits this long was left hanging. */
    private static final int ANSWER_WITHIN_MS = 15_000;

    private static String exchange(String head) throws IOException {
        try (SSLSocket socket = (SSLSocket)
                TestTls.trustingContext().getSocketFactory().createSocket("127.0.0.1", TestTls.httpsPort())) {
            socket.setSoTimeout(ANSWER_WITHIN_MS);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
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
        assertTrue(status < 500, "answered without a server error: " + status);
        assertTrue(!answer.contains("Exception") && !answer.contains("at nl.provalue"), "no internals");
    }

    @Test
    void anOversizedHeaderIsRefused() throws IOException {
        int status = status(exchange(request("/login.xhtml", "Cookie: x=" + "c".repeat(40 * 1024))));
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
        int status = status(exchange(request("/login.xhtml?q=" + "d".repeat(64 * 1024))));
        assertTrue(status >= 400 && status < 500, "refused: " + status);
    }
}
