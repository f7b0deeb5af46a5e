package nl.provalue.privacy.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class QrCodeTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String URI =
            "otpauth://totp/ProValue%20Hosting:jan%40example.nl?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                    + "&issuer=ProValue%20Hosting&algorithm=SHA1&digits=6&period=30";
    private static final String LABEL = "Scan me with <your> app & \"go\"";

    @Test
    void isWellFormedSvgWithOnePathAndTheEscapedTitle() throws Exception {
        String svg = QrCode.svg(URI, LABEL);
        assertTrue(svg.contains("Scan me with &lt;your&gt; app &amp; &quot;go&quot;"), svg);

        Element root = parse(svg).getDocumentElement();
        assertEquals(SVG_NS, root.getNamespaceURI());
        assertEquals("svg", root.getLocalName());
        assertEquals("img", root.getAttribute("role"));
        assertEquals("crispEdges", root.getAttribute("shape-rendering"));
        assertEquals(1, root.getElementsByTagNameNS(SVG_NS, "path").getLength());

        NodeList titles = root.getElementsByTagNameNS(SVG_NS, "title");
        assertEquals(1, titles.getLength());
        Element title = (Element) titles.item(0);
        assertEquals(LABEL, title.getTextContent());
        assertEquals(root.getAttribute("aria-labelledby"), title.getAttribute("id"));
        assertFalse(title.getAttribute("id").isBlank());
    }

    @Test
    void isSelfContainedForAStrictContentSecurityPolicy() throws Exception {
        String svg = QrCode.svg(URI, LABEL);
        Document doc = parse(svg);
        for (String forbidden : new String[] {"script", "style", "image", "use", "a", "foreignObject"}) {
            assertEquals(0, doc.getElementsByTagNameNS("*", forbidden).getLength(), forbidden);
        }
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            NamedNodeMap attributes = all.item(i).getAttributes();
            for (int j = 0; j < attributes.getLength(); j++) {
                String name = attributes.item(j).getNodeName();
                assertFalse(name.contains("href") || name.startsWith("on") || name.equals("style"), name);
            }
        }
        assertFalse(svg.contains("url("), "no external references");
    }

    @Test
    void viewBoxIsTheCodeWithAQuietZoneOfFourModules() throws Exception {
        Element root = parse(QrCode.svg(URI, LABEL)).getDocumentElement();
        String[] viewBox = root.getAttribute("viewBox").split(" ");
        int size = Integer.parseInt(viewBox[2]);
        assertEquals("0", viewBox[0]);
        assertEquals("0", viewBox[1]);
        assertEquals(viewBox[2], viewBox[3], "square");
        assertEquals(0, (size - 8 - 21) % 4, "a QR version is 21 + 4n modules, plus 2 x 4 of quiet zone");
        boolean[][] dark = modules(QrCode.svg(URI, LABEL), size);
        for (int i = 0; i < size; i++) {
            for (int m = 0; m < 4; m++) {
                assertFalse(
                        dark[m][i] || dark[size - 1 - m][i] || dark[i][m] || dark[i][size - 1 - m],
                        "quiet zone is light");
            }
        }
        assertTrue(dark[4][4], "finder pattern starts after the quiet zone");
    }

    /** Not required of the class, but cheap: the drawn path is a QR code that reads back as the text. */
    @Test
    void pathDecodesBackToTheText() throws Exception {
        String svg = QrCode.svg(URI, LABEL);
        int size = Integer.parseInt(
                parse(svg).getDocumentElement().getAttribute("viewBox").split(" ")[2]);
        boolean[][] dark = modules(svg, size);
        int scale = 4;
        int[] pixels = new int[size * scale * size * scale];
        for (int y = 0; y < size * scale; y++) {
            for (int x = 0; x < size * scale; x++) {
                pixels[y * size * scale + x] = dark[y / scale][x / scale] ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        BinaryBitmap bitmap =
                new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size * scale, size * scale, pixels)));
        assertEquals(URI, new QRCodeReader().decode(bitmap).getText());
    }

    @Test
    void controlCharactersInTheLabelStillGiveWellFormedXml() throws Exception {
        Document doc = parse(QrCode.svg(URI, "QR\u0000code\u0007"));
        assertEquals(
                "QR\uFFFDcode\uFFFD",
                doc.getElementsByTagNameNS(SVG_NS, "title").item(0).getTextContent());
    }

    @Test
    void refusesTextOver512Characters() {
        assertEquals(512, QrCode.MAX_TEXT_LENGTH);
        QrCode.svg("x".repeat(512), LABEL);
        assertThrows(IllegalArgumentException.class, () -> QrCode.svg("x".repeat(513), LABEL));
        assertThrows(IllegalArgumentException.class, () -> QrCode.svg("", LABEL));
        assertThrows(IllegalArgumentException.class, () -> QrCode.svg(null, LABEL));
    }

    @Test
    void refusesAMissingLabel() {
        assertThrows(IllegalArgumentException.class, () -> QrCode.svg(URI, " "));
        assertThrows(IllegalArgumentException.class, () -> QrCode.svg(URI, null));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    /** Reads the path back into modules; it is drawn as one rectangle per horizontal run. */
    private static boolean[][] modules(String svg, int size) throws Exception {
        Element path =
                (Element) parse(svg).getElementsByTagNameNS(SVG_NS, "path").item(0);
        String d = path.getAttribute("d");
        Pattern run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");
        Matcher m = run.matcher(d);
        boolean[][] dark = new boolean[size][size];
        int end = 0;
        while (m.find()) {
            assertEquals(end, m.start(), "the path is nothing but runs");
            int x = Integer.parseInt(m.group(1));
            int y = Integer.parseInt(m.group(2));
            for (int i = 0; i < Integer.parseInt(m.group(3)); i++) {
                dark[y][x + i] = true;
            }
            end = m.end();
        }
        assertEquals(d.length(), end);
        return dark;
    }
}
