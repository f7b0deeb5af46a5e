package nl.provalue.privacy.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import java.util.List;
import nl.provalue.privacy.application.retention.WebLogDesk;
import nl.provalue.privacy.application.retention.WebLogDesk.SiteLog;
import nl.provalue.privacy.domain.shared.NotFoundException;
import nl.provalue.privacy.domain.shared.PolicyViolationException;
import nl.provalue.privacy.domain.web.WebsiteRepository.LogRemoval;
import nl.provalue.privacy.web.PagedModel;
import nl.provalue.privacy.web.Pages;

/** P6: per website the storage its access log uses, the budget, and what was removed when. */
@Named
@ViewScoped
public class WebLogsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MB = 1024L * 1024;

    @Inject
    WebLogDesk desk;

    private final SitesModel sites = new SitesModel();
    private SiteLog selected;
    private List<LogRemoval> removals;

    @Min(value = 1, message = "{weblogs.budget.range}")
    @Max(value = 10_000_000, message = "{weblogs.budget.range}")
    private Long budgetMb;

    @Min(value = 0, message = "{weblogs.budget.range}")
    @Max(value = 100_000_000, message = "{weblogs.budget.range}")
    private Long totalMb;

    @jakarta.annotation.PostConstruct
    void init() {
        totalMb = desk.totalBudget() / MB;
    }

    /** P6: the budget of all access logs together; 0 for none. */
    public void saveTotal() {
        if (totalMb == null) {
            Pages.error("logs:total", "weblogs.budget.required");
            return;
        }
        try {
            desk.changeTotalBudget(totalMb * MB);
            Pages.info("weblogs.total.saved");
        } catch (PolicyViolationException e) {
            Pages.error("logs:total", e.getMessageKey());
        }
    }

    public void select(long websiteId) {
        try {
            selected = desk.site(websiteId);
            removals = desk.removals(websiteId, 100);
            budgetMb = selected.ownBudget() == null ? null : selected.ownBudget() / MB;
        } catch (NotFoundException e) {
            Pages.error(null, "weblogs.unknown");
        }
    }

    public void saveBudget() {
        if (selected == null) {
            return;
        }
        if (budgetMb == null) {
            Pages.error("logs:budget", "weblogs.budget.required");
            return;
        }
        change(budgetMb * MB);
    }

    public void useDefault() {
        if (selected != null) {
            change(null);
        }
    }

    private void change(Long bytes) {
        try {
            selected = desk.changeBudget(selected.websiteId(), bytes);
            budgetMb = selected.ownBudget() == null ? null : selected.ownBudget() / MB;
            Pages.info("weblogs.budget.saved", selected.hostname());
        } catch (PolicyViolationException e) {
            Pages.error("logs:budget", e.getMessageKey());
        }
    }

    /** The websites, a page at a time. */
    public class SitesModel extends PagedModel<SiteLog> {
        private static final long serialVersionUID = 1L;

        @Override
        protected long total() {
            return desk.countSites();
        }

        @Override
        protected List<SiteLog> page(int first, int pageSize) {
            return desk.sites(first, pageSize);
        }

        @Override
        protected long idOf(SiteLog s) {
            return s.websiteId();
        }
    }

    public SitesModel getSites() {
        return sites;
    }

    public SiteLog getSelected() {
        return selected;
    }

    public List<LogRemoval> getRemovals() {
        return removals;
    }

    public Long getBudgetMb() {
        return budgetMb;
    }

    public void setBudgetMb(Long budgetMb) {
        this.budgetMb = budgetMb;
    }

    public long getDefaultBudget() {
        return desk.defaultBudget();
    }

    public long getTotalBudget() {
        return desk.totalBudget();
    }

    public Long getTotalMb() {
        return totalMb;
    }

    public void setTotalMb(Long totalMb) {
        this.totalMb = totalMb;
    }
}
