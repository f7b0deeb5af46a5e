package nl.provalue.privacy.infrastructure.importing.accesslog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccessLogParserTest {

    // Lines 1, 77, 86, 25, 5009, 9158, 8034 and 8899 of /work/shared/data/apache_logs, copied exactly.
    private static final String REAL_FIRST =
            "83.149.9.216 - - [17/May/2015:10:05:03 +0000] \"GET /presentations/logstash-monitorama-2013/images/kibana-search.png HTTP/1.1\" 200 203023 \"http://semicomplete.com/presentations/logstash-monitorama-2013/\" \"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_9_1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/32.0.1700.77 Safari/537.36\"";
    private static final String REAL_DASH_SIZE =
            "218.30.103.62 - - [17/May/2015:11:05:11 +0000] \"GET /robots.txt HTTP/1.1\" 200 - \"-\" \"Sogou web spider/4.0(+http://www.sogou.com/docs/help/webmasters.htm#07)\"";
    private static final String REAL_NOT_MODIFIED =
            "218.30.103.62 - - [17/May/2015:11:05:17 +0000] \"GET /projects/xdotool/xdotool.xhtml HTTP/1.1\" 304 - \"-\" \"Sogou web spider/4.0(+http://www.sogou.com/docs/help/webmasters.htm#07)\"";
    private static final String REAL_LONG_REFERRER =
            "93.114.45.13 - - [17/May/2015:10:05:14 +0000] \"GET /articles/dynamic-dns-with-dhcp/ HTTP/1.1\" 200 18848 \"http://www.google.ro/url?sa=t&rct=j&q=&esrc=s&source=web&cd=2&ved=0CCwQFjAB&url=http%3A%2F%2Fwww.semicomplete.com%2Farticles%2Fdynamic-dns-with-dhcp%2F&ei=W88AU4n9HOq60QXbv4GwBg&usg=AFQjCNEF1X4Rs52UYQyLiySTQxa97ozM4g&bvm=bv.61535280,d.d2k\" \"Mozilla/5.0 (X11; Linux x86_64; rv:25.0) Gecko/20100101 Firefox/25.0\"";
    private static final String REAL_POST =
            "37.115.186.244 - - [19/May/2015:04:05:16 +0000] \"POST /blog/geekery/xvfb-firefox HTTP/1.0\" 200 10975 \"http://zoomq.qiniudn.com/ZQScrapBook/ZqFLOSS/data/20110811235550/\" \"Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.11 (KHTML, like Gecko) Chrome/23.0.1271.91 Safari/537.11\"";
    private static final String REAL_OPTIONS_500 =
            "64.131.102.243 - - [20/May/2015:14:05:16 +0000] \"OPTIONS /projects/xdotool/ HTTP/1.1\" 500 626 \"-\" \"Microsoft Office Protocol Discovery\"";
    private static final String REAL_HEAD_404 =
            "91.236.75.25 - - [20/May/2015:05:05:08 +0000] \"HEAD /blog/geekery/ec2-reserved-vs-ondemand.html/fckeditor/editor/fckeditor.html HTTP/1.1\" 404 - \"-\" \"-\"";
    private static final String REAL_CUT_USER_AGENT =
            "46.118.127.106 - - [20/May/2015:12:05:17 +0000] \"GET /scripts/grok-py-test/configlib.py HTTP/1.1\" 200 235 \"-\" \"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html";

    private static final String TIME = "[17/May/2015:10:05:03 +0000]";
    private static final Instant TIME_INSTANT = Instant.parse("2015-05-17T10:05:03Z");

    private final AccessLogParser parser = new AccessLogParser();

    private AccessLogLine parsed(String line) {
        ParseResult result = parser.parse(line);
        assertInstanceOf(
                ParseResult.Parsed.class, result, () -> "expected a request in: " + line + " but got " + result);
        return ((ParseResult.Parsed) result).line();
    }

    private String skipped(String line) {
        ParseResult result = parser.parse(line);
        assertInstanceOf(
                ParseResult.Skipped.class, result, () -> "expected a skip for: " + line + " but got " + result);
        return ((ParseResult.Skipped) result).reason();
    }

    /** A combined line with the given client and request, the rest fixed. */
    private static String combined(String client, String request) {
        return client + " - - " + TIME + " \"" + request + "\" 200 512 \"-\" \"curl/8.5.0\"";
    }

    @Nested
    class RealCombinedLines {

        @Test
        void readsEveryFieldOfACombinedLine() {
            AccessLogLine line = parsed(REAL_FIRST);
            assertEquals(
                    new AccessLogLine(
                            null,
                            "83.149.9.216",
                            Instant.parse("2015-05-17T10:05:03Z"),
                            "GET",
                            "/presentations/logstash-monitorama-2013/images/kibana-search.png",
                            200,
                            203023),
                    line);
        }

        @Test
        void dashSizeCountsAsZeroBytes() {
            AccessLogLine line = parsed(REAL_DASH_SIZE);
            assertEquals(0, line.responseBytes());
            assertEquals(200, line.status());
            assertEquals("/robots.txt", line.path());
            assertEquals("218.30.103.62", line.clientIp());
            assertEquals(Instant.parse("2015-05-17T11:05:11Z"), line.requestedAt());
        }

        @Test
        void notModifiedWithoutBody() {
            AccessLogLine line = parsed(REAL_NOT_MODIFIED);
            assertEquals(304, line.status());
            assertEquals(0, line.responseBytes());
            assertEquals("/projects/xdotool/xdotool.xhtml", line.path());
        }

        @Test
        void referrerWithQueryStringAndEscapes() {
            AccessLogLine line = parsed(REAL_LONG_REFERRER);
            assertEquals("/articles/dynamic-dns-with-dhcp/", line.path());
            assertEquals(18848, line.responseBytes());
        }

        @Test
        void otherMethodsAndStatuses() {
            AccessLogLine post = parsed(REAL_POST);
            assertEquals("POST", post.method());
            assertEquals("/blog/geekery/xvfb-firefox", post.path());
            assertEquals(10975, post.responseBytes());

            AccessLogLine options = parsed(REAL_OPTIONS_500);
            assertEquals("OPTIONS", options.method());
            assertEquals(500, options.status());
            assertEquals(626, options.responseBytes());

            AccessLogLine head = parsed(REAL_HEAD_404);
            assertEquals("HEAD", head.method());
            assertEquals(404, head.status());
            assertEquals(0, head.responseBytes());
        }

        @Test
        void lineWhoseUserAgentWasCutOffStillCounts() {
            AccessLogLine cut = parsed(REAL_CUT_USER_AGENT);
            assertEquals("/scripts/grok-py-test/configlib.py", cut.path());
            assertEquals(235, cut.responseBytes());
        }

        @Test
        void lineBreaksAndSurroundingWhiteSpaceAreIgnored() {
            assertEquals(parsed(REAL_FIRST), parsed(REAL_FIRST + "\r\n"));
            assertEquals(parsed(REAL_FIRST), parsed("  " + REAL_FIRST + " \t"));
        }

        @Test
        void commonMethodsAreSharedConstants() {
            assertSame("GET", parsed(REAL_FIRST).method());
            assertSame("POST", parsed(REAL_POST).method());
        }
    }

    @Nested
    class Formats {

        @Test
        void commonFormatWithoutReferrerAndUserAgent() {
            AccessLogLine line =
                    parsed("127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] \"GET /apache_pb.gif HTTP/1.0\" 200 2326");
            assertEquals(
                    new AccessLogLine(
                            null,
                            "127.0.0.1",
                            Instant.parse("2000-10-10T20:55:36Z"),
                            "GET",
                            "/apache_pb.gif",
                            200,
                            2326),
                    line);
        }

        @Test
        void commonFormatWithDashSize() {
            AccessLogLine line = parsed("192.0.2.10 - - " + TIME + " \"HEAD / HTTP/1.1\" 200 -");
            assertEquals(0, line.responseBytes());
            assertEquals("HEAD", line.method());
        }

        @Test
        void vhostCombinedKeepsHostInLowerCaseAndDropsPort() {
            AccessLogLine line = parsed("www.Example.NL:443 203.0.113.9 - - " + TIME
                    + " \"GET /contact HTTP/2.0\" 200 5120 \"https://www.example.nl/\" \"Mozilla/5.0\"");
            assertEquals(
                    new AccessLogLine("www.example.nl", "203.0.113.9", TIME_INSTANT, "GET", "/contact", 200, 5120),
                    line);
        }

        @Test
        void vhostCommonWithoutPort() {
            AccessLogLine line =
                    parsed("shop.example.nl 198.51.100.4 - alice " + TIME + " \"POST /cart HTTP/1.1\" 302 -");
            assertEquals("shop.example.nl", line.virtualHost());
            assertEquals("198.51.100.4", line.clientIp());
            assertEquals(302, line.status());
        }

        @Test
        void vhostWithIpv6ClientAndIpLiteralHosts() {
            assertEquals(
                    "www.example.nl",
                    parsed("www.example.nl:80 2001:db8::1 - - " + TIME + " \"GET / HTTP/1.1\" 200 1")
                            .virtualHost());
            assertEquals(
                    "192.0.2.80",
                    parsed("192.0.2.80:8080 2001:db8::1 - - " + TIME + " \"GET / HTTP/1.1\" 200 1")
                            .virtualHost());
            assertEquals(
                    "2001:db8::80",
                    parsed("[2001:DB8::80]:443 192.0.2.1 - - " + TIME + " \"GET / HTTP/1.1\" 200 1")
                            .virtualHost());
            assertEquals(
                    "2001:db8::80",
                    parsed("2001:db8::80 192.0.2.1 - - " + TIME + " \"GET / HTTP/1.1\" 200 1")
                            .virtualHost());
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "www.example.nl:https",
                    "www.example.nl:",
                    "www.example.nl:123456",
                    "-",
                    "www_example.nl",
                    "-www.example.nl",
                    "[2001:db8::1",
                    "[2001:db8::1]443",
                    "host:80:81"
                })
        void invalidVirtualHostIsSkipped(String host) {
            assertEquals(
                    AccessLogParser.INVALID_VIRTUAL_HOST,
                    skipped(host + " 203.0.113.9 - - " + TIME + " \"GET / HTTP/1.1\" 200 1 \"-\" \"-\""));
        }

        @Test
        void extraFieldsAfterUserAgentAreIgnored() {
            AccessLogLine line = parsed(REAL_FIRST + " 0.004 \"upstream=10.0.0.5:8080\" 1234");
            assertEquals(203023, line.responseBytes());
            assertEquals(200, line.status());
        }

        @Test
        void extraUnquotedFieldAfterCommonFormatIsIgnored() {
            assertEquals(
                    2326,
                    parsed("127.0.0.1 - - " + TIME + " \"GET / HTTP/1.1\" 200 2326 4711")
                            .responseBytes());
        }

        @Test
        void referrerWithoutUserAgentIsAccepted() {
            assertEquals(
                    1,
                    parsed("127.0.0.1 - - " + TIME + " \"GET / HTTP/1.1\" 200 1 \"-\"")
                            .responseBytes());
        }
    }

    @Nested
    class ClientAddresses {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "2001:db8::1",
                    "::ffff:192.0.2.1",
                    "::1",
                    "::",
                    "2001:0db8:85a3:0000:0000:8a2e:0370:7334",
                    "2001:DB8:0:0:8:800:200C:417A",
                    "fe80::1%eth0",
                    "1::",
                    "1:2:3:4:5:6:7::",
                    "::2:3:4:5:6:7:8",
                    "1:2:3:4:5:6:192.0.2.1",
                    "0000:0000:0000:0000:0000:ffff:192.168.100.228"
                })
        void ipv6ClientsAreKeptAsLogged(String client) {
            AccessLogLine line = parsed(combined(client, "GET / HTTP/1.1"));
            assertEquals(client, line.clientIp());
            assertNull(line.virtualHost());
        }

        @ParameterizedTest
        @ValueSource(strings = {"0.0.0.0", "255.255.255.255", "10.1.2.3", "192.168.001.010"})
        void ipv4Clients(String client) {
            assertEquals(client, parsed(combined(client, "GET / HTTP/1.1")).clientIp());
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "localhost",
                    "crawl-66-249-73-135.googlebot.com",
                    "Host-7.Example.NL",
                    "a23-45-67-89.deploy.akamaitechnologies.com"
                })
        void hostNamesFromHostnameLookupsAreKeptAsLogged(String client) {
            assertEquals(client, parsed(combined(client, "GET / HTTP/1.1")).clientIp());
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "-",
                    "256.1.2.3",
                    "1.2.3",
                    "1.2.3.4.5",
                    "1.2.3.",
                    "1..2.3",
                    "1.2.3.1234",
                    "2001:db8:::1",
                    "2001:db8::1::2",
                    "1:2:3:4:5:6:7:8:9",
                    "1:2:3:4:5:6:7:8::",
                    "12345::1",
                    "gggg::1",
                    ":1",
                    "1:",
                    "::ffff:192.0.2.256",
                    "::ffff:192.0.2",
                    "fe80::1%",
                    "fe80::1%e/0",
                    "a-very-long-host-name-that-goes-on.and-on.example.com",
                    "host_name.example",
                    "-host.example",
                    "host-.example",
                    "host..example",
                    "example.",
                    "x\"y",
                    "[::1]"
                })
        void invalidClientsAreSkipped(String client) {
            assertEquals(AccessLogParser.INVALID_CLIENT, skipped(combined(client, "GET / HTTP/1.1")));
        }

        @Test
        void hostNameOfExactly45CharactersIsAccepted() {
            String name = "a".repeat(41) + ".com";
            assertEquals(45, name.length());
            assertEquals(name, parsed(combined(name, "GET / HTTP/1.1")).clientIp());
            assertEquals(AccessLogParser.INVALID_CLIENT, skipped(combined("b" + name, "GET / HTTP/1.1")));
        }
    }

    @Nested
    class Timestamps {

        @ParameterizedTest
        @CsvSource({
            "17/May/2015:10:05:03 +0200, 2015-05-17T08:05:03Z",
            "17/May/2015:10:05:03 -0700, 2015-05-17T17:05:03Z",
            "17/May/2015:10:05:03 +0530, 2015-05-17T04:35:03Z",
            "17/May/2015:10:05:03 -0930, 2015-05-17T19:35:03Z",
            "01/Jan/2016:01:00:00 +0200, 2015-12-31T23:00:00Z",
            "31/Dec/2015:23:30:00 -0100, 2016-01-01T00:30:00Z",
            "29/Feb/2016:12:00:00 +0000, 2016-02-29T12:00:00Z",
            "29/Feb/2000:12:00:00 +0000, 2000-02-29T12:00:00Z",
            "01/Jan/1970:00:00:00 +0000, 1970-01-01T00:00:00Z",
            "31/Dec/1969:23:59:59 +0000, 1969-12-31T23:59:59Z",
            "15/Oct/1582:00:00:00 +0000, 1582-10-15T00:00:00Z",
            "31/Dec/9999:23:59:59 -1800, +10000-01-01T17:59:59Z",
            "17/MAY/2015:10:05:03 +0000, 2015-05-17T10:05:03Z",
            "17/may/2015:10:05:03 +0000, 2015-05-17T10:05:03Z",
        })
        void offsetsAreAppliedToGiveTheInstant(String timestamp, String expected) {
            String line = "192.0.2.1 - - [" + timestamp + "] \"GET / HTTP/1.1\" 200 1";
            assertEquals(Instant.parse(expected), parsed(line).requestedAt());
        }

        @Test
        void agreesWithDateTimeFormatterOnEveryDayAcrossCenturies() {
            DateTimeFormatter apache = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);
            Random random = new Random(20150517);
            for (LocalDate day = LocalDate.of(1899, 12, 25); day.getYear() < 2101; day = day.plusDays(1)) {
                int offsetMinutes = (random.nextInt(18 * 4 * 2 + 1) - 18 * 4) * 15;
                ZonedDateTime time = day.atTime(random.nextInt(24), random.nextInt(60), random.nextInt(60))
                        .atZone(ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
                String line = "192.0.2.1 - - [" + apache.format(time) + "] \"GET / HTTP/1.1\" 200 1";
                assertEquals(time.toInstant(), parsed(line).requestedAt(), line);
            }
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "17/Mai/2015:10:05:03 +0000",
                    "17/Mei/2015:10:05:03 +0000",
                    "17/M@y/2015:10:05:03 +0000",
                    "32/May/2015:10:05:03 +0000",
                    "00/May/2015:10:05:03 +0000",
                    "31/Apr/2015:10:05:03 +0000",
                    "29/Feb/2015:10:05:03 +0000",
                    "29/Feb/1900:10:05:03 +0000",
                    "17/May/2015:24:05:03 +0000",
                    "17/May/2015:10:60:03 +0000",
                    "17/May/2015:10:05:60 +0000",
                    "17/May/2015:10:05:03 +1900",
                    "17/May/2015:10:05:03 +1801",
                    "17/May/2015:10:05:03 +0060",
                    "17/May/2015:10:05:03 0000",
                    "17/May/2015:10:05:03 *0000",
                    "17/May/15:10:05:03 +0000",
                    "17-May-2015:10:05:03 +0000",
                    "17/May/2015 10:05:03 +0000",
                    "2015-05-17T10:05:03Z",
                    "17/May/2015:10:05:03",
                    "",
                    "17/May/2015:10:05:03.123 +0000",
                    "1x/May/2015:10:05:03 +0000",
                    "17/May/2O15:10:05:03 +0000"
                })
        void badTimestampsAreSkipped(String timestamp) {
            assertEquals(
                    AccessLogParser.INVALID_TIMESTAMP,
                    skipped("192.0.2.1 - - [" + timestamp + "] \"GET / HTTP/1.1\" 200 1 \"-\" \"-\""));
        }

        @Test
        void bracketsMissingOrUnbalanced() {
            assertEquals(
                    AccessLogParser.MISSING_TIMESTAMP,
                    skipped("192.0.2.1 - - 17/May/2015:10:05:03 +0000] \"GET / HTTP/1.1\" 200 1"));
            assertEquals(
                    AccessLogParser.UNTERMINATED_TIMESTAMP,
                    skipped("192.0.2.1 - - [17/May/2015:10:05:03 +0000 \"GET / HTTP/1.1\" 200 1"));
        }
    }

    @Nested
    class Requests {

        @Test
        void escapedQuotesInsideTheRequestAreKeptAsLogged() {
            AccessLogLine line = parsed("192.0.2.1 - - " + TIME
                    + " \"GET /search?q=\\\"privacy portal\\\"&page=2 HTTP/1.1\" 200 731 \"-\" \"-\"");
            assertEquals("GET", line.method());
            assertEquals("/search?q=\\\"privacy portal\\\"&page=2", line.path());
            assertEquals(200, line.status());
            assertEquals(731, line.responseBytes());
        }

        @Test
        void escapedQuotesInsideTheUserAgentAndReferrer() {
            AccessLogLine line = parsed(
                    "192.0.2.1 - - " + TIME + " \"GET /a HTTP/1.1\" 200 99"
                            + " \"https://example.nl/?q=\\\"x\\\"\" \"Mozilla/5.0 \\\"quoted\\\" \\\"agent\\\" (\\\"\\\")\" 0.002");
            assertEquals("/a", line.path());
            assertEquals(99, line.responseBytes());
        }

        @Test
        void escapedBackslashBeforeTheClosingQuoteEndsTheField() {
            AccessLogLine line = parsed("192.0.2.1 - - " + TIME + " \"GET /dir\\\\\" 200 7 \"-\" \"agent \\\\\"");
            assertEquals("GET", line.method());
            assertEquals("/dir\\\\", line.path());
            assertEquals(7, line.responseBytes());
        }

        @Test
        void tlsHandshakeOnThePlainPortIsKeptWithoutMethod() {
            String request = "\\x16\\x03\\x01\\x00\\xa5\\x01\\x00\\x00\\xa1\\x03\\x03\\xfe\\x8c\\x1f";
            AccessLogLine line =
                    parsed("198.51.100.23 - - [17/May/2015:10:05:03 +0200] \"" + request + "\" 400 226 \"-\" \"-\"");
            assertEquals(AccessLogParser.NO_METHOD, line.method());
            assertEquals(request, line.path());
            assertEquals(400, line.status());
            assertEquals(226, line.responseBytes());
            assertEquals(Instant.parse("2015-05-17T08:05:03Z"), line.requestedAt());
        }

        @Test
        void emptyRequestsAreKeptWithoutMethod() {
            AccessLogLine dash = parsed("192.0.2.1 - - " + TIME + " \"-\" 408 -");
            assertEquals(AccessLogParser.NO_METHOD, dash.method());
            assertEquals("-", dash.path());
            assertEquals(408, dash.status());

            AccessLogLine empty = parsed("192.0.2.1 - - " + TIME + " \"\" 400 0 \"-\" \"-\"");
            assertEquals(AccessLogParser.NO_METHOD, empty.method());
            assertEquals("", empty.path());
        }

        @Test
        void methodLongerThanSixteenCharactersIsNotAMethod() {
            String request = "ABCDEFGHIJKLMNOPQ /x HTTP/1.1";
            AccessLogLine line = parsed(combined("192.0.2.1", request));
            assertEquals(AccessLogParser.NO_METHOD, line.method());
            assertEquals(request, line.path());

            AccessLogLine sixteen = parsed(combined("192.0.2.1", "ABCDEFGHIJKLMNOP /x HTTP/1.1"));
            assertEquals("ABCDEFGHIJKLMNOP", sixteen.method());
            assertEquals("/x", sixteen.path());
        }

        @ParameterizedTest
        @ValueSource(strings = {"GET", " GET / HTTP/1.1", "G(T / HTTP/1.1", "\\x00GET / HTTP/1.1", "GET\t/ HTTP/1.1"})
        void requestWithoutValidMethodKeepsTheWholeText(String request) {
            AccessLogLine line = parsed(combined("192.0.2.1", request));
            assertEquals(AccessLogParser.NO_METHOD, line.method());
            assertEquals(request, line.path());
        }

        @Test
        void unusualButValidRequests() {
            AccessLogLine http09 = parsed(combined("192.0.2.1", "GET /"));
            assertEquals("GET", http09.method());
            assertEquals("/", http09.path());

            AccessLogLine spaces = parsed(combined("192.0.2.1", "GET /a b c HTTP/1.1"));
            assertEquals("/a b c", spaces.path());

            AccessLogLine noProtocol = parsed(combined("192.0.2.1", "GET /a b"));
            assertEquals("/a b", noProtocol.path());

            AccessLogLine connect = parsed(combined("192.0.2.1", "CONNECT www.example.nl:443 HTTP/1.1"));
            assertEquals("CONNECT", connect.method());
            assertEquals("www.example.nl:443", connect.path());

            AccessLogLine custom = parsed(combined("192.0.2.1", "PROPFIND /dav/ HTTP/1.1"));
            assertEquals("PROPFIND", custom.method());

            AccessLogLine proxy = parsed(combined("192.0.2.1", "GET http://example.nl/x?y=1 HTTP/1.1"));
            assertEquals("http://example.nl/x?y=1", proxy.path());
        }

        @Test
        void longPathIsCutAt2048Characters() {
            String path = "/" + "a".repeat(4999);
            AccessLogLine line = parsed(combined("192.0.2.1", "GET " + path + " HTTP/1.1"));
            assertEquals(AccessLogParser.MAX_PATH_LENGTH, line.path().length());
            assertEquals(path.substring(0, 2048), line.path());

            AccessLogLine exact = parsed(combined("192.0.2.1", "GET " + path.substring(0, 2048) + " HTTP/1.1"));
            assertEquals(path.substring(0, 2048), exact.path());
        }

        @Test
        void longMalformedRequestIsCutAt2048Characters() {
            String request = "\\x16".repeat(1000);
            AccessLogLine line = parsed("192.0.2.1 - - " + TIME + " \"" + request + "\" 400 0");
            assertEquals(AccessLogParser.NO_METHOD, line.method());
            assertEquals(request.substring(0, 2048), line.path());
        }

        @Test
        void cutDoesNotSplitASurrogatePair() {
            String path = "/" + "a".repeat(2046) + "\uD83D\uDE00" + "b";
            AccessLogLine line = parsed(combined("192.0.2.1", "GET " + path + " HTTP/1.1"));
            assertEquals(2047, line.path().length());
            assertFalse(Character.isHighSurrogate(line.path().charAt(line.path().length() - 1)));
        }
    }

    @Nested
    class StatusAndSize {

        @ParameterizedTest
        @ValueSource(ints = {100, 101, 204, 206, 301, 404, 418, 499, 503, 599})
        void statusBetween100And599(int status) {
            assertEquals(
                    status,
                    parsed("192.0.2.1 - - " + TIME + " \"GET / HTTP/1.1\" " + status + " 1")
                            .status());
        }

        @ParameterizedTest
        @ValueSource(strings = {"2OO", "abc", "099", "000", "600", "999", "2000", "20", "-", "+200", "2 00", "20x"})
        void invalidStatusIsSkipped(String status) {
            assertEquals(
                    AccessLogParser.INVALID_STATUS,
                    skipped("192.0.2.1 - - " + TIME + " \"GET / HTTP/1.1\" " + status + " 1 \"-\" \"-\""));
        }

        @ParameterizedTest
        @ValueSource(strings = {"12a", "abc", "1.5", "--", "-1", "+1", "1234567890123456789", "0x10"})
        void invalidSizeIsSkipped(String size) {
            assertEquals(
                    AccessLogParser.INVALID_SIZE,
                    skipped("192.0.2.1 - - " + TIME + " \"GET / HTTP/1.1\" 200 " + size + " \"-\" \"-\""));
        }

        @Test
        void largeSizes() {
            assertEquals(
                    123_456_789_012_345_678L,
                    parsed("192.0.2.1 - - " + TIME + " \"GET / HTTP/1.1\" 200 123456789012345678")
                            .responseBytes());
            assertEquals(
                    0,
                    parsed("192.0.2.1 - - " + TIME + " \"GET / HTTP/1.1\" 200 0")
                            .responseBytes());
            assertEquals(
                    5_368_709_120L,
                    parsed("192.0.2.1 - - " + TIME + " \"GET /iso HTTP/1.1\" 206 5368709120")
                            .responseBytes());
        }
    }

    @Nested
    class DamagedLines {

        @Test
        void blankLines() {
            assertEquals(AccessLogParser.BLANK_LINE, skipped(null));
            assertEquals(AccessLogParser.BLANK_LINE, skipped(""));
            assertEquals(AccessLogParser.BLANK_LINE, skipped("   \t"));
            assertEquals(AccessLogParser.BLANK_LINE, skipped("\r\n"));
        }

        @Test
        void truncatedLinesGiveTheMissingPart() {
            String head = "83.149.9.216 - - [17/May/2015:10:05:03 +0000] ";
            assertEquals(AccessLogParser.MISSING_TIMESTAMP, skipped("83.149.9.216 - -"));
            assertEquals(AccessLogParser.UNTERMINATED_TIMESTAMP, skipped("83.149.9.216 - - [17/May/2015:10:05"));
            assertEquals(AccessLogParser.MISSING_REQUEST, skipped(head.trim()));
            assertEquals(AccessLogParser.UNTERMINATED_REQUEST, skipped(head + "\"GET /presentations/logstash"));
            assertEquals(AccessLogParser.MISSING_STATUS, skipped(head + "\"GET / HTTP/1.1\""));
            assertEquals(AccessLogParser.INVALID_STATUS, skipped(head + "\"GET / HTTP/1.1\" 20"));
            assertEquals(AccessLogParser.MISSING_SIZE, skipped(head + "\"GET / HTTP/1.1\" 200"));
            // Cut off in the referrer or user agent (not kept): every kept field is whole.
            assertEquals(
                    12, parsed(head + "\"GET / HTTP/1.1\" 200 12 \"http://exa").responseBytes());
            assertEquals(
                    12, parsed(head + "\"GET / HTTP/1.1\" 200 12 \"-\" \"Mozil").responseBytes());
        }

        @Test
        void everyCutOfARealLineBeforeItsSizeIsSkipped_afterItTheLineCounts() {
            int sizeStart = REAL_FIRST.indexOf(" 203023 ") + 1;
            int sizeEnd = sizeStart + "203023".length();
            for (int length = 0; length < REAL_FIRST.length(); length++) {
                String cut = REAL_FIRST.substring(0, length);
                ParseResult result = parser.parse(cut);
                if (length <= sizeStart) {
                    assertInstanceOf(ParseResult.Skipped.class, result, cut);
                } else if (length < sizeEnd) {
                    // A cut inside the size field cannot be told from a smaller size.
                    assertEquals(
                            Long.parseLong(REAL_FIRST.substring(sizeStart, length)),
                            parsed(cut).responseBytes());
                } else if (length <= sizeEnd + 1) {
                    // Common format: everything up to and including the size.
                    assertEquals(parsed(REAL_FIRST), parsed(cut));
                } else {
                    // Cut in the referrer or user agent, which are not kept.
                    assertEquals(parsed(REAL_FIRST), parsed(cut), cut);
                }
            }
        }

        @Test
        void unbalancedQuotes() {
            assertEquals(AccessLogParser.MISSING_REQUEST, skipped("192.0.2.1 - - " + TIME + " GET / HTTP/1.1\" 200 1"));
            assertEquals(
                    AccessLogParser.UNTERMINATED_REQUEST, skipped("192.0.2.1 - - " + TIME + " \"GET / HTTP/1.1 200 1"));
            assertEquals(
                    AccessLogParser.UNTERMINATED_REQUEST,
                    skipped("192.0.2.1 - - " + TIME + " \"GET / HTTP/1.1\\\" 200 1"));
            // An unescaped quote inside the request ends it early; what follows is not a status.
            assertEquals(
                    AccessLogParser.INVALID_STATUS, skipped("192.0.2.1 - - " + TIME + " \"GET /a\"b HTTP/1.1\" 200 1"));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "hello world",
                    "garbage",
                    "{\"remote\":\"192.0.2.1\",\"status\":200}",
                    "[17/May/2015:10:05:03 +0000] \"GET / HTTP/1.1\" 200 1",
                    "192.0.2.1 [17/May/2015:10:05:03 +0000] \"GET / HTTP/1.1\" 200 1",
                    "192.0.2.1 - [17/May/2015:10:05:03 +0000] \"GET / HTTP/1.1\" 200 1",
                    "192.0.2.1  - - [17/May/2015:10:05:03 +0000] \"GET / HTTP/1.1\" 200 1",
                    "a b 192.0.2.1 - - [17/May/2015:10:05:03 +0000] \"GET / HTTP/1.1\" 200 1",
                    "192.0.2.1 - - [17/May/2015:10:05:03 +0000]\"GET / HTTP/1.1\" 200 1",
                    "192.0.2.1 - - [17/May/2015:10:05:03 +0000]  \"GET / HTTP/1.1\" 200 1",
                    "192.0.2.1 - - [17/May/2015:10:05:03 +0000] \"GET / HTTP/1.1\"  200 1",
                    "192.0.2.1 - - [17/May/2015:10:05:03 +0000] \"GET / HTTP/1.1\" 200  1",
                    "Jan 17 10:05:03 web1 sshd[4711]: Accepted publickey for root from 192.0.2.1"
                })
        void garbageIsSkippedWithAReason(String line) {
            String reason = skipped(line);
            assertNotNull(reason);
            assertFalse(reason.isBlank());
            assertFalse(reason.startsWith(AccessLogParser.UNEXPECTED_ERROR), reason);
        }

        @Test
        void randomDamageNeverFailsUnexpectedly() {
            String[] samples = {
                REAL_FIRST,
                REAL_DASH_SIZE,
                REAL_LONG_REFERRER,
                REAL_CUT_USER_AGENT,
                "www.example.nl:443 2001:db8::1 - - " + TIME + " \"GET /a\\\"b HTTP/1.1\" 200 1 \"-\" \"x\\\\\""
            };
            String alphabet = " \"[]\\:/-.0123456789abcdefABCDEF%\t\u00e9\uD83D";
            Random random = new Random(42);
            for (int round = 0; round < 200_000; round++) {
                StringBuilder line = new StringBuilder(samples[random.nextInt(samples.length)]);
                int edits = 1 + random.nextInt(4);
                for (int e = 0; e < edits && line.length() > 0; e++) {
                    int at = random.nextInt(line.length());
                    switch (random.nextInt(4)) {
                        case 0 -> line.deleteCharAt(at);
                        case 1 -> line.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                        case 2 -> line.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                        default -> line.setLength(at);
                    }
                }
                ParseResult result = parser.parse(line.toString());
                assertNotNull(result);
                if (result instanceof ParseResult.Skipped skip) {
                    assertFalse(
                            skip.reason().startsWith(AccessLogParser.UNEXPECTED_ERROR),
                            () -> skip.reason() + " for " + line);
                } else {
                    AccessLogLine parsedLine = ((ParseResult.Parsed) result).line();
                    assertTrue(parsedLine.status() >= 100 && parsedLine.status() <= 599);
                    assertTrue(parsedLine.responseBytes() >= 0);
                    assertTrue(parsedLine.clientIp().length() <= AccessLogParser.MAX_CLIENT_LENGTH);
                    assertTrue(parsedLine.method().length() <= AccessLogParser.MAX_METHOD_LENGTH);
                    assertTrue(parsedLine.path().length() <= AccessLogParser.MAX_PATH_LENGTH);
                }
            }
        }
    }

    @Test
    void oneParserServesManyThreads() throws InterruptedException {
        AccessLogLine expected = parsed(REAL_FIRST);
        Thread[] threads = new Thread[4];
        boolean[] ok = new boolean[threads.length];
        for (int t = 0; t < threads.length; t++) {
            int index = t;
            threads[t] = new Thread(() -> {
                boolean same = true;
                for (int i = 0; i < 20_000; i++) {
                    same &= parser.parse(REAL_FIRST) instanceof ParseResult.Parsed p
                            && p.line().equals(expected);
                }
                ok[index] = same;
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        for (boolean each : ok) {
            assertTrue(each);
        }
    }
}
