package nl.provalue.privacy.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import nl.provalue.privacy.application.rights.RightsRequests;
import nl.provalue.privacy.application.rights.RightsRequests.View;
import nl.provalue.privacy.domain.rights.ErasureAssessment;
import nl.provalue.privacy.domain.rights.RightsRequestType;
import nl.provalue.privacy.domain.shared.NotFoundException;
import nl.provalue.privacy.domain.shared.PolicyViolationException;
import nl.provalue.privacy.web.Pages;

/** One rights request: its steps, the deadline, the answer the customer reads. */
@Named
@ViewScoped
public class RightsRequestBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RightsRequests rights;

    private String id;
    private long requestId;
    private View request;
    private String extensionReason;
    private String answer;
    private String refusal;

    public void load() {
        if (request != null) {
            return;
        }
        try {
            requestId = Long.parseLong(id == null ? "" : id.trim());
            request = rights.detail(requestId);
        } catch (NumberFormatException | NotFoundException e) {
            Pages.notFound();
        }
    }

    public void identityChecked() {
        act(() -> rights.identityChecked(requestId), "rights.done.identity");
    }

    public void startWork() {
        act(() -> rights.startWork(requestId), "rights.done.started");
    }

    public void extend() {
        act(() -> rights.extend(requestId, extensionReason), "rights.done.extended");
    }

    public void complete() {
        act(() -> rights.complete(requestId, answer), "rights.done.completed");
    }

    public void refuse() {
        act(() -> rights.refuse(requestId, refusal), "rights.done.refused");
    }

    private void act(Supplier<View> action, String done) {
        try {
            request = action.get();
            Pages.info(done);
        } catch (PolicyViolationException e) {
            Pages.error(null, e.getMessageKey());
        }
    }

    public List<ErasureAssessment.Line> getErasure() {
        return request != null && request.type() == RightsRequestType.ERASURE ? rights.erasureAssessment() : List.of();
    }

    public View getRequest() {
        return request;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public void setExtensionReason(String extensionReason) {
        this.extensionReason = extensionReason;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getRefusal() {
        return refusal;
    }

    public void setRefusal(String refusal) {
        this.refusal = refusal;
    }
}
