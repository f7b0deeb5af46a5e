package nl.provalue.privacy.application.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.provalue.privacy.application.AccessDeniedException;
import nl.provalue.privacy.application.CurrentCaller;
import nl.provalue.privacy.domain.account.Role;
import nl.provalue.privacy.domain.disclosure.DisclosureRepository;
import nl.provalue.privacy.domain.disclosure.HalfYear;
import nl.provalue.privacy.domain.disclosure.PublishedReport;
import nl.provalue.privacy.domain.disclosure.TransparencyReport;
import nl.provalue.privacy.domain.shared.PolicyClock;
import nl.provalue.privacy.domain.shared.PolicyViolationException;

/** P11: the half-yearly transparency report: previewed by staff, published once a half year is over. */
@ApplicationScoped
@Transactional
public class TransparencyReports {

    @Inject
    DisclosureRepository register;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    /** A published report, for the public page and the CSV. */
    public record Published(String period, java.time.Instant publishedAt, Map<String, String> figures) {}

    public TransparencyReport preview(HalfYear period) {
        staff();
        return TransparencyReport.of(period, register.receivedBetween(period.firstDay(), period.end()));
    }

    /** Publishes a finished half year; a period is published once and then frozen. */
    public void publish(HalfYear period) {
        String by = staff();
        if (period.end().isAfter(today())) {
            throw new PolicyViolationException("policy.P11.periodNotOver", period.toString());
        }
        if (register.publishedReport(period).isPresent()) {
            throw new PolicyViolationException("policy.P11.alreadyPublished", period.toString());
        }
        TransparencyReport report =
                TransparencyReport.of(period, register.receivedBetween(period.firstDay(), period.end()));
        register.publish(new PublishedReport(report, clock.instant(), by));
    }

    public List<Published> published() {
        return register.publishedReports().stream()
                .map(r -> new Published(r.period().toString(), r.publishedAt(), r.figures()))
                .toList();
    }

    public Optional<Published> published(HalfYear period) {
        return register.publishedReport(period)
                .map(r -> new Published(r.period().toString(), r.publishedAt(), r.figures()));
    }

    public HalfYear lastFinishedPeriod() {
        return HalfYear.of(today()).previous();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PolicyClock.PROVIDER_ZONE));
    }

    private String staff() {
        return caller.identity()
                .filter(i -> i.role() == Role.STAFF)
                .map(CurrentCaller.Identity::username)
                .orElseThrow(() -> new AccessDeniedException("Only staff prepare transparency reports"));
    }
}
