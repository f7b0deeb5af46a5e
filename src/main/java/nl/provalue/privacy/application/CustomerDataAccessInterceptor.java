package nl.provalue.privacy.application;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.time.Clock;
import nl.provalue.privacy.domain.account.Role;
import nl.provalue.privacy.domain.audit.AccessPurpose;
import nl.provalue.privacy.domain.audit.AuditEvent;
import nl.provalue.privacy.domain.shared.NotFoundException;

/**
 * Guards every {@link CustomerDataAccess} use case: a customer passes only for their own id
 * (another id is "not found", so ids of others reveal nothing); staff pass only with a declared
 * reason (given for the request, or when the customer was opened on the privacy desk), and each
 * staff view is written to the audit trail with the opening it belongs to, which the customer
 * sees (P12).
 */
@CustomerDataAccess
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class CustomerDataAccessInterceptor {

    @Inject
    CurrentCaller caller;

    @Inject
    StaffAccessReason staffReason;

    @Inject
    StaffOpenings openings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @AroundInvoke
    Object guard(InvocationContext ctx) throws Exception {
        Object first = ctx.getParameters().length == 0 ? null : ctx.getParameters()[0];
        if (!(first instanceof Long customerId)) {
            throw new IllegalStateException(ctx.getMethod() + " must take the customer id first");
        }
        CurrentCaller.Identity who = caller.identity().orElseThrow(() -> new AccessDeniedException("Not logged in"));
        if (who.role() == Role.CUSTOMER) {
            if (!customerId.equals(who.customerId())) {
                throw new NotFoundException("customer", customerId);
            }
        } else {
            java.util.Optional<String> declared = staffReason.forCustomer(customerId);
            StaffOpenings.Opening opening;
            if (declared.isPresent()) {
                // A reason given for this one request (the API): its views in this sign-in are one opening.
                opening = openings.within(customerId, AccessPurpose.OTHER, null, declared.get(), null, clock.instant());
            } else {
                // Neither a reason for this request nor an opening on the privacy desk (an
                // opening was recorded with its reason when it was made).
                opening = openings.of(customerId)
                        .orElseThrow(() ->
                                new AccessDeniedException("P12: staff need a reason to open customer " + customerId));
            }
            // Every view is recorded, once per request however many use cases it runs (P12).
            if (staffReason.markRecorded(customerId)) {
                audit.record(AuditEvent.staffView(
                        clock.instant(),
                        who.username(),
                        customerId,
                        opening.id(),
                        opening.purpose(),
                        opening.purposeDetail(),
                        opening.text(),
                        ctx.getMethod().getName()));
            }
        }
        return ctx.proceed();
    }
}
