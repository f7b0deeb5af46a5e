package nl.provalue.privacy.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import nl.provalue.privacy.application.provisioning.Provisioning;
import nl.provalue.privacy.domain.customer.CustomerNumber;
import nl.provalue.privacy.domain.provisioning.CustomerState;
import nl.provalue.privacy.domain.provisioning.InvalidStateException;
import nl.provalue.privacy.domain.provisioning.VersionCondition;

/**
 * P1, for the provider's customer system (a key with the PROVISIONING scope):
 * {@code GET /api/v1/provisioning/customers/{number}} reads what the portal holds with its
 * {@code ETag}; {@code PUT} with the whole state creates the customer (201) or brings the portal in
 * line (200), recording each change the customer is shown. A customer that exists is changed only
 * with {@code If-Match} naming the version read (428 without it, 412 when it changed since).
 * {@code contractEnd} in the state is the contract's last day (P8); {@code DELETE} ends the contract
 * now. A customer whose contract has ended answers 410.
 */
@Path("v1/provisioning/customers/{number}")
@RequestScoped
public class ProvisioningResource {

    @Inject
    Provisioning provisioning;

    @Inject
    Validator validator;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response read(@PathParam("number") String number) {
        Provisioning.Versioned held = provisioning.get(checked(number));
        return Response.ok(ProvisioningJson.write(held.customerNumber(), held.state())
                        .toString())
                .header("ETag", held.etag())
                .header("Cache-Control", "no-store")
                .build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response put(
            @PathParam("number") String number,
            @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("If-None-Match") String ifNoneMatch,
            java.io.InputStream body) {
        String customerNumber = checked(number);
        VersionCondition condition;
        try {
            condition = VersionCondition.of(ifMatch, ifNoneMatch);
        } catch (InvalidStateException e) {
            throw new JsonFields.BadField(e.field(), e.problem());
        }
        CustomerState wanted = ProvisioningJson.read(
                ProvisioningJson.parse(new java.io.InputStreamReader(
                        body,
                        java.nio.charset.StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT))),
                validator::validate);
        Provisioning.Outcome outcome = provisioning.put(customerNumber, wanted, condition);
        String answer = Json.createObjectBuilder()
                .add("customerNumber", outcome.customerNumber())
                .add("created", outcome.created())
                .add("changes", outcome.changes())
                .build()
                .toString();
        Response.ResponseBuilder response = outcome.created()
                ? Response.created(URI.create("v1/provisioning/customers/" + outcome.customerNumber()))
                : Response.ok();
        return response.entity(answer)
                .type(MediaType.APPLICATION_JSON)
                .header("ETag", outcome.etag())
                .header("Cache-Control", "no-store")
                .build();
    }

    /**
     * P8: the customer leaves now: the login closes at once and what is kept of them follows its
     * retention. 204 also when the contract had ended already.
     */
    @DELETE
    public Response end(@PathParam("number") String number) {
        provisioning.end(checked(number));
        return Response.noContent().header("Cache-Control", "no-store").build();
    }

    private static String checked(String number) {
        if (!CustomerNumber.isWellFormed(number)) {
            throw new JsonFields.BadField("number", "a customer number: PV and six digits");
        }
        return number;
    }
}
