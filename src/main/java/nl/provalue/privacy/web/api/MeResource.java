package nl.provalue.privacy.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.provalue.privacy.application.CurrentCaller;
import nl.provalue.privacy.application.ExportService;
import nl.provalue.privacy.application.MyDataService;
import nl.provalue.privacy.application.MyDataViews.Profile;
import nl.provalue.privacy.application.mail.MailService;
import nl.provalue.privacy.domain.mail.MailLogQuery;
import nl.provalue.privacy.domain.mail.MailRetentionMode;
import nl.provalue.privacy.domain.shared.PolicyViolationException;

/**
 * The logged-in customer's own data: {@code GET /api/me}, {@code GET /api/me/export}, and P4, P5:
 * {@code GET /api/me/mailboxes}, {@code PUT /api/me/mailboxes/{id}/retention} with
 * {@code {"mode": "KEEP_COPY_DAYS", "keepDays": 14}}, {@code GET /api/me/mail-log?limit=100} (the next page by its {@code Link}); and the
 * customer's rights requests: {@code GET/POST /api/me/rights-requests},
 * {@code POST /api/me/rights-requests/{id}/withdraw}.
 * Another customer's mailbox id answers 404.
 */
@Path("me")
@RequestScoped
public class MeResource {

    @Inject
    CurrentCaller caller;

    @Inject
    MyDataService myData;

    @Inject
    ExportService export;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Profile me() {
        return myData.profile(caller.customerId());
    }

    /**
     * Everything as one ZIP, made from one consistent read before the first byte is sent, in the language of the page it was
     * asked from ({@code lang}), else in the customer's own.
     */
    @GET
    @Path("export")
    @Produces("application/zip")
    public Response export(@QueryParam("lang") String lang) throws java.io.IOException {
        long customerId = caller.customerId();
        String language = lang == null || lang.isBlank() ? myData.preferredLanguage(customerId) : lang;
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        java.nio.file.Path zip = export.prepareExport(customerId, locale);
        long length;
        java.io.InputStream body;
        try {
            // Opened, then removed from the directory at once: the open stream keeps the data until
            // it is closed after sending, and nothing stays behind when it is never sent (HEAD).
            length = java.nio.file.Files.size(zip);
            body = java.nio.file.Files.newInputStream(zip);
        } finally {
            java.nio.file.Files.deleteIfExists(zip);
        }
        String file = ("en".equals(locale.getLanguage()) ? "provalue-my-data-" : "provalue-mijn-gegevens-")
                + LocalDate.now(nl.provalue.privacy.domain.shared.PolicyClock.PROVIDER_ZONE) + ".zip";
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("Content-Length", length)
                .header("Cache-Control", "no-store")
                .build();
    }

    /** The body of a retention change. */
    public static class RetentionChange {
        public MailRetentionMode mode;
        public Integer keepDays;
    }

    @Inject
    MailService mail;

    @GET
    @Path("mailboxes")
    @Produces(MediaType.APPLICATION_JSON)
    public List<MailService.MailboxView> mailboxes() {
        return mail.mailboxes(caller.customerId());
    }

    @PUT
    @Path("mailboxes/{id}/retention")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response changeRetention(@PathParam("id") long id, jakarta.json.JsonValue json) {
        jakarta.json.JsonObject body = JsonFields.object(json);
        RetentionChange change = new RetentionChange();
        change.mode = JsonFields.choice(body, "mode", MailRetentionMode.class, true);
        Long days = JsonFields.whole(body, "keepDays", Integer.MIN_VALUE, Integer.MAX_VALUE, false);
        change.keepDays = days == null ? null : days.intValue();
        try {
            return Response.ok(mail.changeRetention(caller.customerId(), id, change.mode, change.keepDays))
                    .build();
        } catch (PolicyViolationException e) {
            return ErrorMappers.error(Response.Status.BAD_REQUEST, e.getMessageKey());
        }
    }

    /**
     * P4: a page of the mail log, newest first, by keyset: the answer's {@code Link} header names
     * the next page ({@code rel="next"}) while there is one, so that a deep page costs what the
     * first costs. {@code limit} is 1 to 500; a cursor or limit that is not one of ours is refused.
     * Under {@code address} a page looks at no more than 10,000 lines and may hold fewer lines
     * than the limit, or none, while a next page follows.
     */
    @GET
    @Path("mail-log")
    @Produces(MediaType.APPLICATION_JSON)
    public Response mailLog(
            @QueryParam("limit") @DefaultValue("100") String limit,
            @QueryParam("address") String address,
            @QueryParam("after") String after,
            @Context UriInfo uri) {
        int size = MailLogCursor.limit(limit);
        if (address != null && address.length() > 254) {
            return ErrorMappers.error(Response.Status.BAD_REQUEST, "address is longer than 254 characters", "address");
        }
        MailLogQuery query = new MailLogQuery(null, address, null, null, null, true).withPageSize(size);
        if (after != null) {
            MailLogCursor cursor = MailLogCursor.parse(after);
            query = query.continueFrom(cursor.time(), cursor.id(), false);
        }
        MailService.MailLogPage page = mail.mailLogPage(caller.customerId(), query);
        Response.ResponseBuilder answer =
                Response.ok(new GenericEntity<List<MailService.MailLogLine>>(page.lines()) {});
        if (page.hasAfter()) {
            // After the last line, or, under an address filter that looked at its limit of lines
            // without filling the page, after the last line it looked at: follow the link until
            // there is none.
            UriBuilder next = uri.getRequestUriBuilder()
                    .replaceQueryParam(
                            "after",
                            MailLogCursor.of(page.after().at(), page.after().id()));
            answer.header("Link", "<" + next.build() + ">; rel=\"next\"");
        }
        return answer.build();
    }

    /** The body of a new rights request. */
    public static class NewRightsRequest {
        public nl.provalue.privacy.domain.rights.RightsRequestType type;
        public String description;
    }

    @Inject
    nl.provalue.privacy.application.rights.RightsRequests rights;

    @GET
    @Path("rights-requests")
    @Produces(MediaType.APPLICATION_JSON)
    public List<nl.provalue.privacy.application.rights.RightsRequests.View> rightsRequests() {
        return rights.ofCustomer(caller.customerId());
    }

    @jakarta.ws.rs.POST
    @Path("rights-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response fileRightsRequest(jakarta.json.JsonValue json) {
        jakarta.json.JsonObject fields = JsonFields.object(json);
        NewRightsRequest body = new NewRightsRequest();
        body.type = JsonFields.choice(fields, "type", nl.provalue.privacy.domain.rights.RightsRequestType.class, true);
        body.description = JsonFields.text(fields, "description", true);
        try {
            return Response.status(Response.Status.CREATED)
                    .entity(rights.file(caller.customerId(), body.type, body.description))
                    .build();
        } catch (PolicyViolationException e) {
            return ErrorMappers.error(Response.Status.BAD_REQUEST, e.getMessageKey(), "description");
        }
    }

    @jakarta.ws.rs.POST
    @Path("rights-requests/{id}/withdraw")
    @Produces(MediaType.APPLICATION_JSON)
    public Response withdrawRightsRequest(@PathParam("id") long id) {
        try {
            return Response.ok(rights.withdraw(caller.customerId(), id)).build();
        } catch (PolicyViolationException e) {
            return ErrorMappers.error(Response.Status.CONFLICT, e.getMessageKey());
        }
    }
}
