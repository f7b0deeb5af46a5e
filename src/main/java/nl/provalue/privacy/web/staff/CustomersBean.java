package nl.provalue.privacy.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.provalue.privacy.application.desk.PrivacyDesk;
import nl.provalue.privacy.application.desk.PrivacyDesk.Found;
import nl.provalue.privacy.domain.audit.AccessPurpose;
import nl.provalue.privacy.domain.shared.NotFoundException;
import nl.provalue.privacy.domain.shared.PolicyViolationException;
import nl.provalue.privacy.web.PagedModel;
import nl.provalue.privacy.web.Pages;

/** P12: staff find a customer and open their data only after saying why. */
@Named
@ViewScoped
public class CustomersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PrivacyDesk desk;

    private String query;
    private String searched;
    private final ResultsModel results = new ResultsModel();
    private Long chosen;
    private String chosenLabel;
    private AccessPurpose purpose;
    private String reason;

    public void search() {
        searched = query == null ? "" : query.trim();
        chosen = null;
        if (searched.length() < 2) {
            Pages.error("find:query", "desk.queryTooShort");
            searched = null;
        }
    }

    /** Chooses the customer to open; the reason is asked next. */
    public void choose(long customerId, String label) {
        chosen = customerId;
        chosenLabel = label;
        purpose = null;
        reason = null;
    }

    public String open() {
        if (chosen == null) {
            return null;
        }
        try {
            desk.open(chosen, purpose, reason);
            return "/staff/customer.xhtml?faces-redirect=true&id=" + chosen;
        } catch (PolicyViolationException e) {
            Pages.error(
                    "find:" + ("desk.purposeRequired".equals(e.getMessageKey()) ? "purpose" : "reason"),
                    e.getMessageKey());
            return null;
        } catch (NotFoundException e) {
            Pages.error(null, "desk.unknownCustomer");
            return null;
        }
    }

    public void cancel() {
        chosen = null;
    }

    /** Search results, a page at a time. */
    public class ResultsModel extends PagedModel<Found> {
        private static final long serialVersionUID = 1L;

        @Override
        protected long total() {
            return searched == null ? 0 : desk.count(searched);
        }

        @Override
        protected List<Found> page(int first, int pageSize) {
            return searched == null ? List.of() : desk.search(searched, first, pageSize);
        }

        @Override
        protected long idOf(Found f) {
            return f.customerId();
        }
    }

    public AccessPurpose[] getPurposes() {
        return AccessPurpose.values();
    }

    public ResultsModel getResults() {
        return results;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getSearched() {
        return searched;
    }

    public Long getChosen() {
        return chosen;
    }

    public String getChosenLabel() {
        return chosenLabel;
    }

    public AccessPurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(AccessPurpose purpose) {
        this.purpose = purpose;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
