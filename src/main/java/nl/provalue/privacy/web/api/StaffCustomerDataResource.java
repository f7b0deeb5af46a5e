package nl.provalue.privacy.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import nl.provalue.privacy.application.CustomerDirectory;
import nl.provalue.privacy.application.MyDataService;
import nl.provalue.privacy.application.MyDataViews.Profile;
import nl.provalue.privacy.application.StaffAccessReason;

/**
 * Staff read a customer's data here only with a stated reason; the service layer refuses it
 * otherwise and records every access, which the customer then sees (P12).
 */
@Path("staff/customers/{number}")
@RequestScoped
public class StaffCustomerDataResource {

    @Inject CustomerDirectory directory;
    @Inject StaffAccessReason reason;
    @Inject MyDataService myData;

    @GET
    @Path("data")
    @Produces(MediaType.APPLICATION_JSON)
    public Profile data(@PathParam("number") String number, @QueryParam("reason") String why) {
        long customerId = directory.idOf(number);
        reason.declare(customerId, why);
        return myData.profile(customerId);
    }
}
