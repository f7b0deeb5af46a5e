package nl.provalue.privacy.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.provalue.privacy.application.disclosure.RegisterLedger;
import nl.provalue.privacy.domain.disclosure.HashChain;

/** P11: {@code GET /api/staff/register/verify}: is the register's chain intact, and if not, where does it break. */
@Path("staff/register")
@RequestScoped
public class RegisterResource {

    @Inject
    RegisterLedger ledger;

    @GET
    @Path("verify")
    @Produces(MediaType.APPLICATION_JSON)
    public HashChain.Verification verify() {
        return ledger.verify();
    }
}
