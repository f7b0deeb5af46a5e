package nl.provalue.privacy.infrastructure.security;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * QR codes as inline SVG, for the otpauth URI that sets up an authenticator app. The SVG is
 * self-contained (no scripts, no styles, no links, no images), so it can be written straight into
 * the page under a strict Content-Security-Policy, and the secret it carries never goes into a URL
 * or a separate image request that a cache or log could keep.
 * <p>
 * Dark modules are drawn as one path on a white background, so the code also scans on a page in
 * dark mode; the SVG scales to whatever size the page gives it.
 */
public final class QrCode {

    /** Longer text gives codes too dense to scan from a screen; an otpauth URI is far shorter. */
    public static final int MAX_TEXT_LENGTH = 512;
    /** The quiet zone the QR specification requires around the code, in modules. */
    private static final int MARGIN_MODULES = 4;

    private QrCode() {}

    /**
     * An SVG element drawing {@code text} as a QR code (error correction level M), with
     * {@code label} as its accessible name.
     *
     * @throws IllegalArgumentException if the text is empty or over {@value #MAX_TEXT_LENGTH}
     *         characters, or the label is blank
     */
    public static String svg(String text, String label) {
        if (text == null || text.isEmpty() || text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("A QR code holds 1 to " + MAX_TEXT_LENGTH + " characters");
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("A QR code needs a label for screen readers");
        }
        BitMatrix modules = encode(text);
        int width = modules.getWidth();
        int height = modules.getHeight();
        String titleId = titleId(text);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height + "\""
                + " role=\"img\" aria-labelledby=\"" + titleId + "\" shape-rendering=\"crispEdges\">"
                + "<title id=\"" + titleId + "\">" + escapeXml(label) + "</title>"
                + "<rect width=\"" + width + "\" height=\"" + height + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + pathData(modules) + "\"/>"
                + "</svg>";
    }

    private static BitMatrix encode(String text) {
        try {
            // Size 0: ZXing then draws one unit per module, quiet zone included.
            return new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.MARGIN,
                                    MARGIN_MODULES,
                                    EncodeHintType.CHARACTER_SET,
                                    StandardCharsets.UTF_8.name()));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text does not fit in a QR code", e);
        }
    }

    /** Each horizontal run of dark modules as one rectangle: a compact path, whole units only. */
    private static String pathData(BitMatrix modules) {
        StringBuilder d = new StringBuilder();
        for (int y = 0; y < modules.getHeight(); y++) {
            int x = 0;
            while (x < modules.getWidth()) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < modules.getWidth() && modules.get(x, y)) {
                    x++;
                }
                int run = x - start;
                d.append('M')
                        .append(start)
                        .append(' ')
                        .append(y)
                        .append('h')
                        .append(run)
                        .append("v1h-")
                        .append(run)
                        .append('z');
            }
        }
        return d.toString();
    }

    /**
     * An id for the title that differs per QR code, so two codes on one page do not share one.
     * Derived from the text rather than random, so the same code renders the same way each time.
     */
    private static String titleId(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "qr-title-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** Escapes markup; characters XML 1.0 does not allow at all become U+FFFD. */
    private static String escapeXml(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.appendCodePoint(allowedInXml(c) ? c : 0xFFFD);
            }
        });
        return out.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
