package nl.provalue.privacy.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import nl.provalue.privacy.application.disclosure.DisclosureRegister;
import nl.provalue.privacy.domain.disclosure.SecrecyDecision;
import nl.provalue.privacy.domain.shared.NotFoundException;
import nl.provalue.privacy.domain.shared.PolicyViolationException;
import nl.provalue.privacy.web.Pages;

/** P11, P13: one request, its history, and the next steps: review, decision (four eyes), hand-over, closing. */
@Named
@ViewScoped
public class RequestDetailBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DisclosureRegister register;

    private String id;
    private long requestId;
    private DisclosureRegister.Detail detail;
    private String reason;
    private boolean inFull = true;
    private String handOver;
    private LocalDate secrecyUntil;
    /** The reviewer's choice: {@code NONE} (no secrecy) or {@code UNTIL} (secret until {@link #secrecyUntil}). */
    private String secrecyChoice;

    public void load() {
        if (detail != null) {
            return;
        }
        try {
            requestId = Long.parseLong(id == null ? "" : id.trim());
            detail = register.detail(requestId);
            // The form starts from what is recorded: the order's date, or the decision taken.
            secrecyUntil = detail.row().secrecyUntil();
            secrecyChoice = detail.row().secrecyDecision() == SecrecyDecision.NONE
                    ? "NONE"
                    : secrecyUntil != null ? "UNTIL" : null;
        } catch (NumberFormatException | NotFoundException e) {
            Pages.notFound();
        }
    }

    private void run(Runnable action, String doneKey) {
        try {
            action.run();
            Pages.info(doneKey);
            reason = null;
            handOver = null;
        } catch (PolicyViolationException e) {
            Pages.error(null, e.getMessageKey());
        }
        detail = register.detail(requestId);
    }

    public void startReview() {
        run(() -> register.startReview(requestId), "register.done.review");
    }

    public void approve() {
        run(() -> register.approve(requestId, inFull, reason), "register.done.approved");
    }

    public void refuse() {
        run(() -> register.refuse(requestId, reason), "register.done.refused");
    }

    public void recordHandOver() {
        run(() -> register.handOver(requestId, handOver), "register.done.handedOver");
    }

    public void close() {
        run(() -> register.close(requestId), "register.done.closed");
    }

    /** P9, P11, P13: the reviewer decides: secret until a day, or no secrecy. */
    public void secrecy() {
        if (!"NONE".equals(secrecyChoice) && !"UNTIL".equals(secrecyChoice)) {
            Pages.error("req:secrecyChoice", "register.secrecy.chooseOne");
            return;
        }
        if ("UNTIL".equals(secrecyChoice) && secrecyUntil == null) {
            Pages.error("req:secrecyUntil", "register.secrecy.dateRequired");
            return;
        }
        LocalDate until = "UNTIL".equals(secrecyChoice) ? secrecyUntil : null;
        run(() -> register.decideSecrecy(requestId, until), "register.done.secrecy");
    }

    /** Orders are documents, not archives: at most 25 MB each. */
    static final long MAX_ATTACHMENT_BYTES = 25L * 1024 * 1024;

    /** A file's name is kept as given, so a longer one is refused rather than cut (P11, decided in the domain). */
    static final int MAX_FILE_NAME = nl.provalue.privacy.domain.disclosure.Attachment.MAX_FILE_NAME;

    /** The same limit for the page's own check before sending. */
    public long getMaxAttachmentBytes() {
        return MAX_ATTACHMENT_BYTES;
    }

    /** P11: attaches the order; the page is submitted as a whole (multipart), not by ajax. */
    public String attach() {
        if (file == null || file.getSize() == 0) {
            Pages.error(null, "register.attachment.empty");
            return null;
        }
        if (file.getSize() > MAX_ATTACHMENT_BYTES) {
            Pages.error(null, "register.attachment.tooLarge");
            return null;
        }
        if (file.getFileName() == null || file.getFileName().length() > MAX_FILE_NAME) {
            Pages.error(null, "upload.nameTooLong", MAX_FILE_NAME);
            return null;
        }
        try (java.io.InputStream in = file.getInputStream()) {
            var stored = register.attach(requestId, file.getFileName(), file.getContentType(), in);
            Pages.keepMessages();
            Pages.info("register.attachment.stored", stored.fileName(), stored.sha256());
            // Post-redirect-get: the address keeps the request's id, and a reload uploads nothing twice.
            return "/staff/register-request.xhtml?faces-redirect=true&id=" + requestId;
        } catch (java.io.IOException e) {
            Pages.error(null, "register.attachment.failed");
            return null;
        }
    }

    private transient org.primefaces.model.file.UploadedFile file;

    public org.primefaces.model.file.UploadedFile getFile() {
        return file;
    }

    public void setFile(org.primefaces.model.file.UploadedFile file) {
        this.file = file;
    }

    public DisclosureRegister.Detail getDetail() {
        return detail;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isInFull() {
        return inFull;
    }

    public void setInFull(boolean inFull) {
        this.inFull = inFull;
    }

    public String getHandOver() {
        return handOver;
    }

    public void setHandOver(String handOver) {
        this.handOver = handOver;
    }

    public LocalDate getSecrecyUntil() {
        return secrecyUntil;
    }

    public void setSecrecyUntil(LocalDate secrecyUntil) {
        this.secrecyUntil = secrecyUntil;
    }

    public String getSecrecyChoice() {
        return secrecyChoice;
    }

    public void setSecrecyChoice(String secrecyChoice) {
        this.secrecyChoice = secrecyChoice;
    }
}
