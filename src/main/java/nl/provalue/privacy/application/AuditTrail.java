package nl.provalue.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.provalue.privacy.domain.audit.AuditEvent;
import nl.provalue.privacy.domain.audit.AuditRepository;

/** Writes the audit trail, inside the caller's transaction or, where there is none, in its own. */
@ApplicationScoped
public class AuditTrail {

    @Inject
    AuditRepository audit;

    @Transactional
    public void record(AuditEvent event) {
        audit.record(event);
    }
}
