package nl.provalue.privacy.web.customer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import nl.provalue.privacy.application.CurrentCaller;
import nl.provalue.privacy.application.rights.RightsRequests;
import nl.provalue.privacy.application.rights.RightsRequests.View;
import nl.provalue.privacy.domain.rights.ErasureAssessment;
import nl.provalue.privacy.domain.rights.RightsRequestType;
import nl.provalue.privacy.domain.shared.NotFoundException;
import nl.provalue.privacy.domain.shared.PolicyViolationException;
import nl.provalue.privacy.web.Pages;

/** The customer's rights: file a request, follow it to its answer, withdraw it while it is open. */
@Named
@ViewScoped
public class CustomerRightsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RightsRequests rights;

    @Inject
    CurrentCaller caller;

    private List<View> requests;

    @NotNull(message = "{rights.type.required}")
    private RightsRequestType type;

    @NotBlank(message = "{rights.description.required}")
    @Size(max = 2000, message = "{rights.description.size}")
    private String description;

    public void load() {
        requests = rights.ofCustomer(caller.customerId());
    }

    public void file() {
        try {
            View filed = rights.file(caller.customerId(), type, description);
            Pages.info("rights.filed", Pages.date(filed.deadline()));
            type = null;
            description = null;
            load();
        } catch (PolicyViolationException e) {
            Pages.error(null, e.getMessageKey());
        }
    }

    public void withdraw(long requestId) {
        try {
            rights.withdraw(caller.customerId(), requestId);
            Pages.info("rights.withdrawn");
        } catch (PolicyViolationException e) {
            Pages.error(null, e.getMessageKey());
        } catch (NotFoundException e) {
            Pages.notFound();
            return;
        }
        load();
    }

    public List<ErasureAssessment.Line> getErasure() {
        return rights.erasureAssessment();
    }

    public List<View> getRequests() {
        return requests;
    }

    public RightsRequestType[] getTypes() {
        return RightsRequestType.values();
    }

    public RightsRequestType getType() {
        return type;
    }

    public void setType(RightsRequestType type) {
        this.type = type;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
