package nl.provalue.privacy.application.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.provalue.privacy.application.AuditTrail;
import nl.provalue.privacy.application.CurrentCaller;
import nl.provalue.privacy.domain.account.Role;
import nl.provalue.privacy.domain.audit.AuditAction;
import nl.provalue.privacy.domain.audit.AuditEvent;
import nl.provalue.privacy.domain.shared.NotFoundException;
import nl.provalue.privacy.domain.web.AccessLogBudget;
import nl.provalue.privacy.domain.web.Website;
import nl.provalue.privacy.domain.web.WebsiteRepository;
import nl.provalue.privacy.domain.web.WebsiteRepository.LogRemoval;
import nl.provalue.privacy.domain.web.WebsiteRepository.LogUsage;

/** P6 for staff: per website the storage its access log uses, its budget, and what was removed when. */
@ApplicationScoped
@Transactional
public class WebLogDesk {

    /** One website's access log as staff see it. */
    public record SiteLog(
            long websiteId,
            String hostname,
            String customerNumber,
            long entries,
            long storedBytes,
            Long ownBudget,
            long budget,
            int percentOfBudget,
            Instant reachesBackTo,
            LogRemoval lastRemoval)
            implements Serializable {
        /** Over its budget; a budget of 0 is none (AccessLogBudget.effective). */
        public boolean overBudget() {
            return budget > 0 && storedBytes > budget;
        }
    }

    @Inject
    WebsiteRepository websites;

    @Inject
    LogBudgets budgets;

    @Inject
    nl.provalue.privacy.domain.web.AccessLogRepository accessLogs;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public List<SiteLog> sites(int first, int limit) {
        staff();
        List<Website> page = websites.page(first, limit);
        // How far back each log reaches, read off the log itself in one query, as the customer's page does.
        java.util.Map<Long, Instant> reaches =
                accessLogs.oldestEntries(page.stream().map(Website::id).toList());
        return page.stream().map(w -> view(w, reaches.get(w.id()))).toList();
    }

    public long countSites() {
        staff();
        return websites.count();
    }

    public SiteLog site(long websiteId) {
        staff();
        Website w = find(websiteId);
        return view(w, accessLogs.oldestEntry(w.id()).orElse(null));
    }

    public List<LogRemoval> removals(long websiteId, int limit) {
        staff();
        find(websiteId);
        return websites.removalsOf(websiteId, limit);
    }

    public long defaultBudget() {
        return budgets.defaultBudgetPerSite();
    }

    public long totalBudget() {
        return budgets.totalBudget();
    }

    /** P6: sets the budget of all access logs together; 0 means none. */
    public void changeTotalBudget(long bytes) {
        CurrentCaller.Identity who = staff();
        if (bytes != 0 && bytes < AccessLogBudget.MIN_BUDGET_BYTES) {
            throw new nl.provalue.privacy.domain.shared.PolicyViolationException(
                    "policy.P6.budgetTooSmall", String.valueOf(bytes));
        }
        budgets.changeTotalBudget(bytes, who.username(), clock.instant());
        audit.record(new AuditEvent(
                clock.instant(),
                who.username(),
                who.role(),
                AuditAction.LOG_BUDGET_CHANGED,
                null,
                null,
                "all access logs: " + (bytes == 0 ? "no total budget" : bytes + " bytes")));
    }

    /** P6: sets a website's own budget, or with null returns it to the default. */
    public SiteLog changeBudget(long websiteId, Long bytes) {
        CurrentCaller.Identity who = staff();
        Website site = find(websiteId);
        site.changeLogBudget(bytes);
        audit.record(new AuditEvent(
                clock.instant(),
                who.username(),
                who.role(),
                AuditAction.LOG_BUDGET_CHANGED,
                site.customer().id(),
                null,
                site.hostname() + ": " + (bytes == null ? "default" : bytes + " bytes")));
        return view(site, accessLogs.oldestEntry(site.id()).orElse(null));
    }

    private SiteLog view(Website w, Instant reachesBackTo) {
        LogUsage usage = websites.logUsage(w.id()).orElse(new LogUsage(w.id(), 0, 0, null));
        long budget = AccessLogBudget.effective(w.logBudgetBytes(), budgets.defaultBudgetPerSite())
                .orElse(0);
        int percent = budget == 0 ? 0 : (int) Math.min(999, usage.storedBytes() * 100 / budget);
        List<LogRemoval> last = websites.removalsOf(w.id(), 1);
        return new SiteLog(
                w.id(),
                w.hostname(),
                w.customer().number().value(),
                usage.entries(),
                usage.storedBytes(),
                w.logBudgetBytes(),
                budget,
                percent,
                reachesBackTo,
                last.isEmpty() ? null : last.get(0));
    }

    private Website find(long websiteId) {
        return websites.find(websiteId).orElseThrow(() -> new NotFoundException("website", websiteId));
    }

    private CurrentCaller.Identity staff() {
        return caller.require(Role.STAFF, "Only staff manage log budgets");
    }

    /** Smallest budget staff can set. */
    public static long minimumBudget() {
        return AccessLogBudget.MIN_BUDGET_BYTES;
    }
}
