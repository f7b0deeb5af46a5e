package nl.provalue.privacy.web.api;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import nl.provalue.privacy.application.CurrentCaller;
import nl.provalue.privacy.application.ExportService;
import nl.provalue.privacy.application.MyDataService;
import nl.provalue.privacy.application.MyDataViews.Profile;

/** The logged-in customer's own data: {@code GET /api/me} and {@code GET /api/me/export}. */
@Path("me")
@RequestScoped
public class MeResource {

    @Inject CurrentCaller caller;
    @Inject MyDataService myData;
    @Inject ExportService export;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Profile me() {
        return myData.profile(caller.customerId());
    }

    /** Everything as one ZIP, streamed while it is written. */
    @GET
    @Path("export")
    @Produces("application/zip")
    public Response export(@QueryParam("lang") String lang) {
        long customerId = caller.customerId();
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        StreamingOutput body = out -> export.writeExport(customerId, locale, out);
        String file = "provalue-mijn-gegevens-" + LocalDate.now() + ".zip";
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
