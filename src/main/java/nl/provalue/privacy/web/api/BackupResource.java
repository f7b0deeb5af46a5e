package nl.provalue.privacy.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import nl.provalue.privacy.application.backup.BackupRegister;
import nl.provalue.privacy.domain.backup.BackupKind;
import nl.provalue.privacy.domain.shared.PolicyViolationException;

/**
 * P7 for the backup system (staff login): {@code POST /api/staff/backups} with
 * {@code {"customerNumber":"PV100231","kind":"MAIL","description":"...","takenAt":"2026-12-01T02:00:00Z",
 * "expiresAt":"2027-06-01T02:00:00Z","sizeBytes":123}} ({@code expiresAt} may be left out: six
 * months); an expiry beyond six months answers 400. {@code GET /api/staff/backups} lists the register,
 * {@code GET /api/staff/backups/{id}} reads one backup (the {@code Location} of a recorded one).
 */
@Path("staff/backups")
@RequestScoped
public class BackupResource {

    /** The body of a new backup. */
    public static class NewBackup {
        public String customerNumber;
        public BackupKind kind;
        public String description;
        public String takenAt;
        public String expiresAt;
        public long sizeBytes;
    }

    @Inject
    BackupRegister register;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response add(jakarta.json.JsonValue json) {
        jakarta.json.JsonObject body = JsonFields.object(json);
        NewBackup b = new NewBackup();
        b.customerNumber = JsonFields.text(body, "customerNumber", true);
        b.kind = JsonFields.choice(body, "kind", BackupKind.class, true);
        b.description = JsonFields.text(body, "description", true);
        b.takenAt = JsonFields.text(body, "takenAt", true);
        b.expiresAt = JsonFields.text(body, "expiresAt", false);
        Long size = JsonFields.whole(body, "sizeBytes", 0, Long.MAX_VALUE, true);
        b.sizeBytes = size == null ? 0 : size;
        try {
            Instant taken = within(Instant.parse(b.takenAt), "takenAt");
            Instant expires = b.expiresAt == null || b.expiresAt.isBlank()
                    ? null
                    : within(Instant.parse(b.expiresAt), "expiresAt");
            BackupRegister.BackupView saved =
                    register.register(b.customerNumber, b.kind, b.description.trim(), taken, expires, b.sizeBytes);
            return Response.created(URI.create("staff/backups/" + saved.id()))
                    .entity(saved)
                    .build();
        } catch (java.time.DateTimeException e) {
            return ErrorMappers.error(
                    Response.Status.BAD_REQUEST, "times are ISO-8601 instants, e.g. 2026-12-01T02:00:00Z");
        } catch (PolicyViolationException e) {
            return ErrorMappers.error(Response.Status.BAD_REQUEST, e.getMessageKey());
        }
    }

    /** Times a backup system can mean: from 1970 up to the year 9999 (anything further overflows dates). */
    private static Instant within(Instant t, String field) {
        if (t.isBefore(Instant.EPOCH) || t.isAfter(Instant.parse("9999-12-31T23:59:59Z"))) {
            throw new JsonFields.BadField(field, "must lie between 1970 and 9999");
        }
        return t;
    }

    /** One backup: the address a recorded backup's {@code Location} names. */
    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public BackupRegister.BackupView one(@PathParam("id") long id) {
        return register.find(id);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<BackupRegister.BackupView> list(
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("limit") @DefaultValue("100") int limit) {
        return register.recent(Math.max(0, first), Math.max(1, Math.min(1000, limit)));
    }
}
