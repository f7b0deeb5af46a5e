package nl.provalue.privacy.web.rdap;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import nl.provalue.privacy.application.registration.PublicRecord;
import nl.provalue.privacy.application.registration.RdapDocument;
import nl.provalue.privacy.application.registration.WhoisExposureService;
import nl.provalue.privacy.domain.registration.IdnaName;

/**
 * P10: the public RDAP service for the provider's domains, without login (RFC 7480, 9082, 9083).
 * <ul>
 * <li>{@code GET /rdap/domain/{name}}: the domain, by A-labels, U-labels or both (IDNA2008,
 *     {@link IdnaName}); 400 for a string that is not a domain name, 404 for a name the provider
 *     does not hold;</li>
 * <li>{@code GET /rdap/help}: the help response;</li>
 * <li>the other lookups and searches of RFC 9082 (nameserver, entity, ip, autnum, and the
 *     searches): 501, the provider does not offer them; anything else: 400.</li>
 * </ul>
 * Every answer, errors included, is RDAP JSON with {@code Access-Control-Allow-Origin: *}
 * (RFC 7480 §5.6) and a byte-exact {@code Content-Length}. HEAD answers as GET without the body;
 * other methods get 405. Errors the container raises before this servlet runs are answered in
 * the same format by {@link RdapErrorFilter}.
 */
@WebServlet("/rdap/*")
public class RdapServlet extends HttpServlet {

    private static final String ALLOW = "GET, HEAD, OPTIONS";

    @Inject
    WhoisExposureService whois;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getMethod()) {
            case "GET" -> answer(request, response, true);
            case "HEAD" -> answer(request, response, false);
            case "OPTIONS" -> {
                // A pre-flight from a browser page: reading is allowed to every origin.
                RdapAnswer.corsHeaders(response);
                response.setHeader("Allow", ALLOW);
                response.setHeader("Access-Control-Allow-Methods", ALLOW);
                response.setHeader("Access-Control-Max-Age", "86400");
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            }
            default -> {
                response.setHeader("Allow", ALLOW);
                RdapAnswer.send(
                        response,
                        HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                        RdapDocument.error(405, "Method Not Allowed", "RDAP is read with GET or HEAD."),
                        true);
            }
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, boolean withBody) throws IOException {
        Optional<String> decoded = RdapPath.of(request.getRequestURI(), request.getContextPath());
        if (decoded.isEmpty()) {
            RdapAnswer.send(
                    response,
                    400,
                    RdapDocument.error(400, "Bad Request", "The path is not percent-encoded UTF-8."),
                    withBody);
            return;
        }
        String path = decoded.get();
        String base = RdapAnswer.baseUrl(request);
        if (path.equals("/help")) {
            RdapAnswer.send(response, 200, RdapDocument.help(base), withBody);
            return;
        }
        if (path.startsWith("/domain/")) {
            String typed = path.substring("/domain/".length());
            IdnaName name;
            try {
                name = IdnaName.parse(typed);
            } catch (IdnaName.InvalidNameException e) {
                RdapAnswer.send(
                        response,
                        400,
                        RdapDocument.error(
                                400,
                                "Bad Request",
                                "Not a domain name under IDNA2008: " + RdapDocument.describe(e.problem())),
                        withBody);
                return;
            }
            Optional<PublicRecord> record = whois.publicRecord(name.ascii());
            JsonObject body = record.map(r -> RdapDocument.of(r, base)).orElseGet(() -> RdapDocument.notFound(name));
            RdapAnswer.send(response, record.isPresent() ? 200 : 404, body, withBody);
            return;
        }
        if (NOT_OFFERED.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"))) {
            RdapAnswer.send(
                    response,
                    501,
                    RdapDocument.error(
                            501,
                            "Not Implemented",
                            "This server answers domain lookups only: /rdap/domain/{name}. See /rdap/help."),
                    withBody);
            return;
        }
        RdapAnswer.send(
                response,
                400,
                RdapDocument.error(
                        400,
                        "Bad Request",
                        "Not an RDAP query. This server answers /rdap/domain/{name} and /rdap/help."),
                withBody);
    }

    /** RFC 9082 §3.1 lookups and §3.2 searches this server does not offer. */
    private static final List<String> NOT_OFFERED =
            List.of("/nameserver", "/entity", "/ip", "/autnum", "/domains", "/nameservers", "/entities");
}
