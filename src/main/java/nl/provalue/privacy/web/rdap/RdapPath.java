package nl.provalue.privacy.web.rdap;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The path of an RDAP query exactly as the client sent it, percent-decoded as UTF-8 (RFC 3986
 * §2.1, RFC 9082 §3.1.3). The container's own decoded path is not used: it drops trailing
 * whitespace, so {@code sannedejong.nl%20} would look up {@code sannedejong.nl}. A broken
 * escape or bytes that are not UTF-8 give nothing, and the query is answered 400.
 */
final class RdapPath {

    private RdapPath() {}

    /** The decoded path after {@code /rdap}, from the request URI (which carries no query string). */
    static Optional<String> of(String requestUri, String contextPath) {
        String raw = requestUri.substring(contextPath.length());
        if (!raw.startsWith("/rdap")) {
            return Optional.empty();
        }
        return decode(raw.substring("/rdap".length()));
    }

    static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                // A client that sent raw UTF-8: take its characters as they are.
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < raw.length()) {
                    utf8 = raw.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(utf8);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }
}
