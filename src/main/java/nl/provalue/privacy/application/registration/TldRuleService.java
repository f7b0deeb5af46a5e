package nl.provalue.privacy.application.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import nl.provalue.privacy.application.AccessDeniedException;
import nl.provalue.privacy.application.AuditTrail;
import nl.provalue.privacy.application.CurrentCaller;
import nl.provalue.privacy.domain.account.Role;
import nl.provalue.privacy.domain.audit.AuditAction;
import nl.provalue.privacy.domain.audit.AuditEvent;
import nl.provalue.privacy.domain.registration.Publication;
import nl.provalue.privacy.domain.registration.TldPolicy;
import nl.provalue.privacy.domain.registration.TldPublicationRule;
import nl.provalue.privacy.domain.registration.TldRuleRepository;
import nl.provalue.privacy.domain.shared.NotFoundException;

/** P10: staff maintain the registries' publication rules; every change is in the audit trail. */
@ApplicationScoped
@Transactional
public class TldRuleService {

    @Inject
    TldRuleRepository rules;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A rule as the staff screen shows it. */
    public record RuleRow(long id, String tld, String holderKind, String role, String field, Publication publication)
            implements Serializable {}

    public List<RuleRow> rules() {
        return rules.all().stream()
                .map(r -> new RuleRow(
                        r.id(),
                        r.tld(),
                        r.holderKind().name(),
                        r.role().name(),
                        r.field().name(),
                        r.publication()))
                .toList();
    }

    public List<TldPolicy> policies() {
        return rules.policies();
    }

    public void change(long ruleId, Publication publication) {
        CurrentCaller.Identity who = caller.identity()
                .filter(i -> i.role() == Role.STAFF)
                .orElseThrow(() -> new AccessDeniedException("Only staff maintain registry rules"));
        TldPublicationRule rule = rules.find(ruleId).orElseThrow(() -> new NotFoundException("rule", ruleId));
        if (rule.publication() == publication) {
            return;
        }
        String before = rule.publication().name();
        rule.change(publication);
        audit.record(new AuditEvent(
                clock.instant(),
                who.username(),
                who.role(),
                AuditAction.TLD_RULE_CHANGED,
                null,
                null,
                "." + rule.tld() + " " + rule.holderKind() + " " + rule.role() + " " + rule.field() + ": " + before
                        + " -> " + publication));
    }
}
