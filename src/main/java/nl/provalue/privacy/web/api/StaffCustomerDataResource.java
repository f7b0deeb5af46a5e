package nl.provalue.privacy.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.provalue.privacy.application.CustomerDirectory;
import nl.provalue.privacy.application.MyDataService;
import nl.provalue.privacy.application.StaffAccessReason;
import nl.provalue.privacy.domain.shared.PolicyViolationException;

/**
 * Staff read a customer's data here only with a stated reason; the service layer refuses it
 * otherwise and records every access, which the customer then sees (P12). No reason answers 403, a
 * reason the privacy desk would refuse too (too short, too long) answers 400.
 */
@Path("staff/customers/{number}")
@RequestScoped
public class StaffCustomerDataResource {

    @Inject
    CustomerDirectory directory;

    @Inject
    StaffAccessReason reason;

    @Inject
    MyDataService myData;

    @GET
    @Path("data")
    @Produces(MediaType.APPLICATION_JSON)
    public Response data(@PathParam("number") String number, @QueryParam("reason") String why) {
        long customerId = directory.idOf(number);
        try {
            reason.declare(customerId, why);
        } catch (PolicyViolationException e) {
            return ErrorMappers.error(Response.Status.BAD_REQUEST, e.getMessage());
        }
        return Response.ok(myData.profile(customerId)).build();
    }
}
