package nl.provalue.privacy.application;

import java.time.Clock;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import nl.provalue.privacy.domain.account.Role;
import nl.provalue.privacy.domain.audit.AuditAction;
import nl.provalue.privacy.domain.audit.AuditEvent;
import nl.provalue.privacy.domain.shared.NotFoundException;

/**
 * Guards every {@link CustomerDataAccess} use case: a customer passes only for their own id
 * (another id is "not found", so ids of others reveal nothing); staff pass only with a declared
 * reason (given for the request, or when the customer was opened on the privacy desk), and each
 * staff access is written to the audit trail the customer sees (P12).
 */
@CustomerDataAccess
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class CustomerDataAccessInterceptor {

    @Inject CurrentCaller caller;
    @Inject StaffAccessReason staffReason;
    @Inject StaffOpenings openings;
    @Inject AuditTrail audit;
    @Inject Clock clock;

    @AroundInvoke
    Object guard(InvocationContext ctx) throws Exception {
        Object first = ctx.getParameters().length == 0 ? null : ctx.getParameters()[0];
        if (!(first instanceof Long customerId)) {
            throw new IllegalStateException(ctx.getMethod() + " must take the customer id first");
        }
        CurrentCaller.Identity who = caller.identity()
                .orElseThrow(() -> new AccessDeniedException("Not logged in"));
        if (who.role() == Role.CUSTOMER) {
            if (!customerId.equals(who.customerId())) {
                throw new NotFoundException("customer", customerId);
            }
        } else {
            java.util.Optional<String> declared = staffReason.forCustomer(customerId);
            if (declared.isPresent()) {
                // A reason given for this one request (the API): recorded once per request.
                if (staffReason.markRecorded(customerId)) {
                    audit.record(new AuditEvent(clock.instant(), who.username(), who.role(),
                            AuditAction.STAFF_VIEWED_CUSTOMER_DATA, customerId, declared.get(), ctx.getMethod().getName()));
                }
            } else if (openings.of(customerId).isEmpty()) {
                // Neither a reason for this request nor an opening on the privacy desk (an
                // opening was recorded with its reason when it was made).
                throw new AccessDeniedException("P12: staff need a reason to open customer " + customerId);
            }
        }
        return ctx.proceed();
    }
}
