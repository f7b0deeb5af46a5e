package nl.provalue.privacy.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.provalue.privacy.application.registration.RegistrationDataRequests;
import nl.provalue.privacy.domain.disclosure.DisclosureRequest;
import nl.provalue.privacy.domain.shared.NotFoundException;
import nl.provalue.privacy.domain.shared.PolicyClock;
import nl.provalue.privacy.domain.shared.PolicyViolationException;
import nl.provalue.privacy.web.Pages;

/** P9, P10: staff record a third party's request for non-public registration data. */
@Named
@ViewScoped
public class RegistrationDataRequestBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistrationDataRequests requests;

    @NotBlank(message = "{rdr.domain.required}")
    private String domain;

    @NotBlank(message = "{rdr.requester.required}")
    @Size(max = 200, message = "{contact.tooLong}")
    private String requester;

    @NotBlank(message = "{rdr.reference.required}")
    @Size(max = 100, message = "{contact.tooLong}")
    private String reference;

    @NotBlank(message = "{rdr.interest.required}")
    @Size(max = 1500, message = "{contact.tooLong}")
    private String interest;

    @NotNull(message = "{rdr.received.required}")
    private LocalDate receivedOn = LocalDate.now(PolicyClock.PROVIDER_ZONE);

    private List<RegistrationDataRequests.Row> rows;

    public void load() {
        rows = requests.latest();
    }

    public void register() {
        try {
            String number = requests.register(domain, requester, reference, interest, receivedOn);
            Pages.info("rdr.registered", number, domain);
            domain = null;
            requester = null;
            reference = null;
            interest = null;
            receivedOn = LocalDate.now(PolicyClock.PROVIDER_ZONE);
            load();
        } catch (NotFoundException e) {
            Pages.error("request:domain", "rdr.domain.unknown");
        } catch (PolicyViolationException e) {
            Pages.error(
                    DisclosureRequest.RECEIVED_IN_FUTURE.equals(e.getMessageKey()) ? "request:received" : null,
                    e.getMessageKey());
        }
    }

    public List<RegistrationDataRequests.Row> getRows() {
        return rows;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getRequester() {
        return requester;
    }

    public void setRequester(String requester) {
        this.requester = requester;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getInterest() {
        return interest;
    }

    public void setInterest(String interest) {
        this.interest = interest;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }
}
