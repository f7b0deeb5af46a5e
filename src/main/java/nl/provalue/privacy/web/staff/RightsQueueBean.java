package nl.provalue.privacy.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.provalue.privacy.application.rights.RightsRequests;
import nl.provalue.privacy.application.rights.RightsRequests.View;
import nl.provalue.privacy.domain.rights.RequestChannel;
import nl.provalue.privacy.domain.rights.RightsRequestType;
import nl.provalue.privacy.domain.shared.NotFoundException;
import nl.provalue.privacy.domain.shared.PolicyViolationException;
import nl.provalue.privacy.web.PagedModel;
import nl.provalue.privacy.web.Pages;

/** The queue of rights requests by deadline, and registering one that came by letter, phone or e-mail. */
@Named
@ViewScoped
public class RightsQueueBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RightsRequests rights;

    private boolean openOnly = true;
    private final QueueModel queue = new QueueModel();

    @NotBlank(message = "{backup.customer.required}")
    @Pattern(regexp = "\\s*[Pp][Vv]\\d{6}\\s*", message = "{backup.customer.format}")
    private String customerNumber;

    @NotNull
    private RightsRequestType type = RightsRequestType.ACCESS;

    @NotNull
    private RequestChannel channel = RequestChannel.LETTER;

    @NotNull(message = "{rights.received.required}")
    private LocalDate receivedOn;

    @NotBlank(message = "{rights.description.required.forStaff}")
    @Size(max = 2000, message = "{rights.description.size}")
    private String description;

    public String register() {
        try {
            View v = rights.register(customerNumber, type, channel, description, receivedOn);
            Pages.keepMessages();
            Pages.info("rights.registered", v.id(), v.customerNumber());
            return "/staff/rights-request.xhtml?faces-redirect=true&id=" + v.id();
        } catch (NotFoundException e) {
            Pages.error("queue:customer", "backups.unknownCustomer", customerNumber);
        } catch (PolicyViolationException e) {
            Pages.error("queue:received", e.getMessageKey());
        }
        return null;
    }

    public void showAll() {
        openOnly = false;
    }

    public void showOpen() {
        openOnly = true;
    }

    /** Open requests by deadline, or all newest first. */
    public class QueueModel extends PagedModel<View> {
        private static final long serialVersionUID = 1L;

        @Override
        protected long total() {
            return rights.count(openOnly);
        }

        @Override
        protected List<View> page(int first, int pageSize) {
            return rights.queue(openOnly, first, pageSize);
        }

        @Override
        protected long idOf(View v) {
            return v.id();
        }
    }

    public QueueModel getQueue() {
        return queue;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public RightsRequestType[] getTypes() {
        return RightsRequestType.values();
    }

    public RequestChannel[] getChannels() {
        return new RequestChannel[] {RequestChannel.LETTER, RequestChannel.PHONE, RequestChannel.EMAIL};
    }

    public String getCustomerNumber() {
        return customerNumber;
    }

    public void setCustomerNumber(String customerNumber) {
        this.customerNumber = customerNumber;
    }

    public RightsRequestType getType() {
        return type;
    }

    public void setType(RightsRequestType type) {
        this.type = type;
    }

    public RequestChannel getChannel() {
        return channel;
    }

    public void setChannel(RequestChannel channel) {
        this.channel = channel;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
