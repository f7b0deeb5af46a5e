package nl.provalue.privacy.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.provalue.privacy.application.disclosure.DisclosureRegister;
import nl.provalue.privacy.application.disclosure.DisclosureRegister.Row;
import nl.provalue.privacy.application.disclosure.RegisterLedger;
import nl.provalue.privacy.domain.disclosure.HashChain;
import nl.provalue.privacy.domain.disclosure.RequestStatus;
import nl.provalue.privacy.domain.disclosure.RequestType;

/** P11: the register, searched and filtered, with what is overdue, and the chain's verification. */
@Named
@ViewScoped
public class RegisterBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DisclosureRegister register;

    @Inject
    RegisterLedger ledger;

    private String text;
    private RequestStatus status;
    private RequestType type;
    private boolean overdueOnly;
    private List<Row> rows;
    private HashChain.Verification verification;

    public void load() {
        search();
    }

    public void search() {
        // A list the table may sort in place (its columns sort).
        rows = new java.util.ArrayList<>(
                register.search(new DisclosureRegister.Filter(text, status, type, overdueOnly)));
    }

    public void verify() {
        verification = ledger.verify();
    }

    public long getOverdueCount() {
        return rows.stream().filter(Row::overdue).count();
    }

    public RequestStatus[] getStatuses() {
        return RequestStatus.values();
    }

    public RequestType[] getTypes() {
        return RequestType.values();
    }

    public List<Row> getRows() {
        return rows;
    }

    public HashChain.Verification getVerification() {
        return verification;
    }

    /** The register number of the request a breach concerns, as staff know it (its id if it is gone). */
    public String getBreachedRequest() {
        if (verification == null || verification.requestId() == null) {
            return "";
        }
        try {
            return register.detail(verification.requestId()).row().registerNumber();
        } catch (nl.provalue.privacy.domain.shared.NotFoundException e) {
            return "#" + verification.requestId();
        }
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public void setStatus(RequestStatus status) {
        this.status = status;
    }

    public RequestType getType() {
        return type;
    }

    public void setType(RequestType type) {
        this.type = type;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }
}
