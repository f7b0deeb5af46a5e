package nl.provalue.privacy.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import nl.provalue.privacy.application.importing.ImportReport;
import nl.provalue.privacy.application.importing.ImportService;
import nl.provalue.privacy.application.importing.LogTooLargeException;
import nl.provalue.privacy.domain.importing.ImportKind;

/**
 * Log imports for automation (staff only, see web.xml):
 * <ul>
 * <li>{@code POST /api/staff/import/postfix} with a Postfix log as the body (P4);</li>
 * <li>{@code POST /api/staff/import/access-log?site=<hostname>} with an access log of one website,
 *     or without {@code site} a vhost_combined log whose lines go to the websites they name (P3, P6);</li>
 * <li>{@code GET /api/staff/import/{id}} for the report, {@code POST .../{id}/resume} after a failure.</li>
 * </ul>
 * A POST answers 202 with the import's address at once, or, with {@code ?wait=<seconds>}, waits up
 * to that long and answers 200 with the finished report. A body larger than the configured maximum
 * ({@code PORTAL_IMPORT_MAX_SIZE}) answers 413 and leaves no file behind.
 */
@Path("staff/import")
@RequestScoped
public class ImportResource {

    static final int MAX_WAIT_SECONDS = 1800;
    /** The most of a refused body read and thrown away before answering. */
    static final long DRAIN_LIMIT = 64L << 20;

    @Inject
    ImportService imports;

    @Context
    UriInfo uri;

    @POST
    @Path("postfix")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response postfix(
            InputStream body,
            @HeaderParam("Content-Length") String length,
            @QueryParam("name") @DefaultValue("postfix.log") String name,
            @QueryParam("wait") @DefaultValue("0") int wait) {
        return submit(ImportKind.POSTFIX, null, name, body, length, wait);
    }

    @POST
    @Path("access-log")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response accessLog(
            InputStream body,
            @HeaderParam("Content-Length") String length,
            @QueryParam("site") String site,
            @QueryParam("name") @DefaultValue("access.log") String name,
            @QueryParam("wait") @DefaultValue("0") int wait) {
        return submit(ImportKind.ACCESS_LOG, site, name, body, length, wait);
    }

    /**
     * A body announced or found larger than the configured maximum is refused with 413 and nothing
     * of it kept. What the client is still sending is read (up to {@link #DRAIN_LIMIT}) and thrown
     * away, so that it gets to read the answer instead of a broken connection.
     */
    private Response submit(ImportKind kind, String site, String name, InputStream body, String length, int wait) {
        try {
            if (announced(length) > imports.maxFileBytes()) {
                throw new LogTooLargeException(imports.maxFileBytes());
            }
            return answer(imports.submit(kind, site, name, body), wait);
        } catch (LogTooLargeException e) {
            drain(body);
            throw e;
        }
    }

    private static long announced(String length) {
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void drain(InputStream body) {
        try {
            byte[] buffer = new byte[1 << 16];
            long left = DRAIN_LIMIT;
            int n;
            while (left > 0 && (n = body.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
                left -= n;
            }
        } catch (IOException e) {
            // The client has gone; there is no one left to answer.
        }
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public ImportReport report(@PathParam("id") long id, @QueryParam("wait") @DefaultValue("0") int wait) {
        return wait > 0 ? imports.await(id, seconds(wait)) : imports.report(id);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<ImportReport> recent(
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("limit") @DefaultValue("50") int limit) {
        return imports.recent(Math.max(0, first), Math.max(1, Math.min(500, limit)));
    }

    @POST
    @Path("{id}/resume")
    @Produces(MediaType.APPLICATION_JSON)
    public Response resume(@PathParam("id") long id, @QueryParam("wait") @DefaultValue("0") int wait) {
        try {
            return answer(imports.resume(id), wait);
        } catch (IllegalStateException e) {
            return ErrorMappers.error(Response.Status.CONFLICT, e.getMessage());
        }
    }

    private Response answer(ImportReport report, int wait) {
        URI location = uri.getBaseUriBuilder().path("staff/import/{id}").build(report.id());
        if (wait > 0) {
            ImportReport done = imports.await(report.id(), seconds(wait));
            return Response.status(done.open() ? Response.Status.ACCEPTED : Response.Status.OK)
                    .location(location)
                    .entity(done)
                    .build();
        }
        return Response.accepted(report).location(location).build();
    }

    private static Duration seconds(int wait) {
        return Duration.ofSeconds(Math.max(0, Math.min(MAX_WAIT_SECONDS, wait)));
    }
}
